# SystemExit(None) and SystemExit(0) exit with status 0; finally blocks run first.
def main():
    try:
        print("working")
        raise SystemExit(0)
    finally:
        print("cleanup")


main()
print("never")
