package test.failing_test

test_passes if true

test_fails if 1 == 2

f(x) := 1 if x

f(x) := 2 if x

# f(true) has two outputs: an evaluation error, which counts as a failure.
test_errors if f(true) == 1
