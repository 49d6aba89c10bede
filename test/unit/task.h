/* Assertion macros for the C unit tests: each failure prints file:line and both operands. */
#ifndef CN_TEST_TASK_H
#define CN_TEST_TASK_H

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

/* Failures are counted, not fatal, so one run shows every broken case; a test's main()
 * ends with `return TASK_RESULT();` (exit 1 if anything failed). */
static int task_failures;
static int task_checks;

#define TASK_FAIL_HEAD() \
  (task_failures++, fprintf(stderr, "%s:%d: assertion failed: ", __FILE__, __LINE__))

#define ASSERT(expr)                                    \
  do {                                                  \
    task_checks++;                                      \
    if (!(expr)) {                                      \
      TASK_FAIL_HEAD();                                 \
      fprintf(stderr, "%s\n", #expr);                   \
    }                                                   \
  } while (0)

#define ASSERT_INT_OP(a, op, b)                                                          \
  do {                                                                                  \
    int64_t task_a_ = (int64_t)(a), task_b_ = (int64_t)(b);                              \
    task_checks++;                                                                       \
    if (!(task_a_ op task_b_)) {                                                         \
      TASK_FAIL_HEAD();                                                                  \
      fprintf(stderr, "%s %s %s (%" PRId64 " vs %" PRId64 ")\n", #a, #op, #b, task_a_,     \
              task_b_);                                                                  \
    }                                                                                    \
  } while (0)

#define ASSERT_EQ(a, b) ASSERT_INT_OP(a, ==, b)
#define ASSERT_NE(a, b) ASSERT_INT_OP(a, !=, b)
#define ASSERT_GT(a, b) ASSERT_INT_OP(a, >, b)
#define ASSERT_GE(a, b) ASSERT_INT_OP(a, >=, b)

/* Strings are compared as NUL-terminated; a NULL operand only equals NULL. */
#define ASSERT_STR_EQ(a, b)                                                                \
  do {                                                                                     \
    const char *task_a_ = (a), *task_b_ = (b);                                             \
    task_checks++;                                                                         \
    if (!(task_a_ == task_b_ || (task_a_ && task_b_ && strcmp(task_a_, task_b_) == 0))) {  \
      TASK_FAIL_HEAD();                                                                    \
      fprintf(stderr, "%s == %s\n  left:  \"%s\"\n  right: \"%s\"\n", #a, #b,               \
              task_a_ ? task_a_ : "(null)", task_b_ ? task_b_ : "(null)");                 \
    }                                                                                      \
  } while (0)

#define TASK_RESULT()                                                                 \
  (fprintf(stderr, "%d checks, %d failed\n", task_checks, task_failures),              \
   task_failures ? 1 : 0)

#endif
