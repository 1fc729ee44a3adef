import heapq
import bisect

h = []
for v in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, v)
print(h[0], [heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2]
heapq.heapify(data)
print(data[0], sorted(data) == [1, 2, 4, 7, 8, 9])
print(heapq.heappushpop(data, 0), heapq.heappushpop(data, 5), heapq.heapreplace(data, 10))
print(sorted(data))
for fn, args in [(heapq.heappop, ([],)), (heapq.heapreplace, ([], 1)), (heapq.heappush, ((), 1)),
                 (heapq.heapify, ('x',)), (heapq.heappop, ((),))]:
    try:
        fn(*args)
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)

# tuples with priorities
tasks = []
for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'aa')]:
    heapq.heappush(tasks, item)
print([heapq.heappop(tasks) for _ in range(4)])

# merge
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)))
print(list(heapq.merge(['a', 'BB', 'ccc'], ['dd', 'E'], key=len)))
print(list(heapq.merge([], [1], [])), list(heapq.merge()))
# stability: equal keys keep the order of the inputs
print(list(heapq.merge([(1, 'first')], [(1, 'second')], key=lambda t: t[0])))

# nlargest / nsmallest (stable, like sorted)
nums = [5, 1, 8, 3, 9, 2, 7, 8, 1]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums), heapq.nlargest(1, nums),
      heapq.nsmallest(0, nums), heapq.nlargest(20, nums), heapq.nsmallest(1, []))
words = ['bb', 'a', 'cc', 'ddd', 'e', 'ff']
print(heapq.nlargest(3, words, key=len), heapq.nsmallest(3, words, key=len))
print(heapq.nlargest(2, iter(words), key=len), heapq.nsmallest(4, iter(words), key=len))
print(heapq.nsmallest(3, iter([3, 1, 2, 1, 0, 5])), heapq.nlargest(3, iter([3, 1, 2, 1, 0, 5])))

# bisect
a = [1, 2, 2, 2, 3, 5]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 2),
      bisect.bisect_left(a, 4), bisect.bisect_right(a, 0), bisect.bisect_left(a, 9))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 2, hi=1))
bisect.insort(a, 4)
bisect.insort_left(a, 2)
bisect.insort_right(a, 0)
print(a)
try:
    bisect.bisect(a, 1, -1)
except ValueError as e:
    print('ValueError', e)

recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('d', 4), key=lambda r: r[1])
bisect.insort_left(recs, ('e', 3), key=lambda r: r[1])
print(recs)


def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]

print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
