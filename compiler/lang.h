/* lang.h - the pfor clause language in one place: constructs, clauses,
 * reduction operators and schedule kinds as X-macro lists, from which the
 * pragma tokeniser's keywords, the parser's tokens, the checks and every
 * backend's generator draw (the pattern of runtime/include/pfor/errors.h).
 *
 * Adding a clause: one X line below (its word, the shape of its argument,
 * the constructs that allow it, whether it may repeat), its checks in
 * check.c (if it has any beyond "allowed here, at most once"), and its
 * lowering in each generator (gen_*.c).  The scanner and the grammar need
 * no change unless the clause has a new argument shape. */
#ifndef PFORC_LANG_H
#define PFORC_LANG_H

/* ---- constructs ---------------------------------------------------------
 * X(id, name as written after "pfor", bit, what follows the pragma)
 *
 * What follows (enum construct_follows):
 *   LOOP    a for loop in canonical form (collapse(n): n nested ones)
 *   BLOCK   a compound statement { ... }
 *   STMT    one statement
 *   NONE    nothing: the pragma is a statement of its own */
#define PF_CONSTRUCTS(X)                                                       \
    X(PARALLEL_FOR, "parallel for", 1, LOOP)                                   \
    X(MAP, "map", 2, LOOP)                                                     \
    X(PARALLEL, "parallel", 4, BLOCK)                                          \
    X(FOR, "for", 8, LOOP)                                                     \
    X(SINGLE, "single", 16, STMT)                                              \
    X(MASTER, "master", 32, STMT)                                              \
    X(BARRIER, "barrier", 64, NONE)

enum construct_kind {
    C_NONE = 0,
#define PF__C_ENUM(id, name, bit, follows) C_##id,
    PF_CONSTRUCTS(PF__C_ENUM)
#undef PF__C_ENUM
        C_COUNT,
    C_REFUSED = C_COUNT /* an OpenMP construct pfor refuses, or a typo */
};

enum construct_follows {
    FOLLOW_LOOP = 1,
    FOLLOW_BLOCK,
    FOLLOW_STMT,
    FOLLOW_NONE
};

/* Masks of the constructs a clause is allowed on. */
enum {
#define PF__C_MASK(id, name, bit, follows) ON_##id = bit,
    PF_CONSTRUCTS(PF__C_MASK)
#undef PF__C_MASK
};
#define ON_LOOPS (ON_PARALLEL_FOR | ON_FOR)

/* OpenMP constructs pfor does not have, each with what to write instead
 * (`#pragma pfor critical` is refused with this text).
 * X(word, what to write instead) */
#define PF_REFUSED_CONSTRUCTS(X)                                               \
    X("critical", "use reduction(op: list) on the loop for a sum, a count "    \
                  "or a maximum, or collect the storage each iteration "       \
                  "writes")                                                    \
    X("atomic", "use reduction(op: list) on the loop (a section "              \
                "reduction(+: a[lo:len]) for a histogram)")                    \
    X("ordered", "compute into an array indexed by the loop variable and "     \
                 "print or combine it after the loop")                         \
    X("simd", "remove it: a pfor loop is vectorised by the C compiler")        \
    X("declare", "remove it: pfor has no declare directives (a function "      \
                 "called in a loop body needs nothing)")                       \
    X("task", "pfor has no tasks: use '#pragma pfor map' over the calls, or "  \
              "a pool (pf_pool_apply_async)")                                  \
    X("taskloop", "use '#pragma pfor parallel for'")                           \
    X("taskwait", "pfor has no tasks: '#pragma pfor map' returns when every "  \
                  "call is done")                                              \
    X("taskgroup", "pfor has no tasks: use '#pragma pfor map'")                \
    X("taskyield", "remove it: pfor has no tasks")                             \
    X("sections", "use '#pragma pfor map' over a function that switches on "   \
                  "its index, or a pool (pf_pool_apply_async)")                \
    X("section", "use '#pragma pfor map' over a function that switches on "    \
                 "its index")                                                  \
    X("flush", "remove it: workers are processes and exchange data only "      \
               "through the clauses and pfor shared memory")                   \
    X("threadprivate", "remove it: every worker is a process with its own "    \
                       "copy of every variable")                               \
    X("target", "remove it: pfor runs on the host's CPUs")                     \
    X("teams", "use '#pragma pfor parallel'")                                  \
    X("distribute", "use '#pragma pfor for' inside '#pragma pfor parallel', "  \
                    "or '#pragma pfor parallel for'")                          \
    X("loop", "use '#pragma pfor parallel for', or '#pragma pfor for' in a "   \
              "region")                                                        \
    X("masked", "use '#pragma pfor master' (it runs on one worker)")           \
    X("scope", "remove it, and put the clauses on the loops inside")           \
    X("cancel", "pfor loops cannot be cancelled: test a condition in the "     \
                "body and skip the work")                                      \
    X("cancellation", "remove it: pfor loops cannot be cancelled")             \
    X("scan", "compute the prefix in a serial loop after the parallel one")    \
    X("tile", "remove it, or tile the loops by hand")                          \
    X("unroll", "remove it: the C compiler unrolls")                           \
    X("requires", "remove it")                                                 \
    X("metadirective", "write the pfor pragma itself")                         \
    X("error", "use #error")                                                   \
    X("nothing", "remove it")

/* ---- clauses ------------------------------------------------------------
 * X(id, word, argument shape, allowed on, repeatable)
 *
 * Shapes (each is one grammar token kind, see parser.y):
 *   EXPR       word(expression)
 *   FLAG       word
 *   SCHEDULE   word(kind) or word(kind, chunk expression)
 *   REDUCTION  word(op: item, ...), an item being v or v[lo:len]
 *   LIST       word(item, ...), an item an expression, v[lo:len] or
 *              rows[lo:n][a:m] (collect), or a variable (the others)
 *   WORD       word(identifier)
 *
 * reduction on `parallel` is refused with its own message (put it on the
 * `for`), not by the mask. */
#define PF_CLAUSES(X)                                                          \
    X(WORKERS, "workers", EXPR, ON_PARALLEL_FOR | ON_MAP | ON_PARALLEL, 0)     \
    X(SCHEDULE, "schedule", SCHEDULE, ON_LOOPS, 0)                             \
    X(REDUCTION, "reduction", REDUCTION, ON_LOOPS, 1)                          \
    X(COLLECT, "collect", LIST, ON_LOOPS | ON_MAP, 1)                          \
    X(IF, "if", EXPR, ON_PARALLEL_FOR | ON_PARALLEL, 0)                        \
    X(RETRIES, "retries", EXPR, ON_PARALLEL_FOR | ON_MAP | ON_PARALLEL, 0)     \
    X(TIMEOUT, "timeout", EXPR, ON_PARALLEL_FOR | ON_MAP, 0)                   \
    X(CHUNKSIZE, "chunksize", EXPR, ON_MAP, 0)                                 \
    X(PROGRESS, "progress", FLAG, ON_MAP, 0)                                   \
    X(POOL, "pool", EXPR, ON_MAP, 0)                                           \
    X(PRIVATE, "private", LIST, ON_LOOPS | ON_PARALLEL | ON_SINGLE, 1)         \
    X(FIRSTPRIVATE, "firstprivate", LIST, ON_LOOPS | ON_PARALLEL | ON_SINGLE,  \
      1)                                                                       \
    X(LASTPRIVATE, "lastprivate", LIST, ON_LOOPS, 1)                           \
    X(SHARED, "shared", LIST, ON_PARALLEL_FOR | ON_PARALLEL, 1)                \
    X(COLLAPSE, "collapse", EXPR, ON_LOOPS, 0)                                 \
    X(DEFAULT, "default", WORD, ON_PARALLEL_FOR | ON_PARALLEL, 0)              \
    X(NOWAIT, "nowait", FLAG, ON_LOOPS | ON_SINGLE, 0)                         \
    X(COPYPRIVATE, "copyprivate", LIST, ON_SINGLE, 1)

/* Other spellings of a clause: X(word, id).  `num_threads(e)` is
 * `workers(e)`; messages name the word as written. */
#define PF_CLAUSE_ALIASES(X) X("num_threads", WORKERS)

/* OpenMP clauses pfor refuses, each with what to write instead.
 * X(word, what to write instead) */
#define PF_REFUSED_CLAUSES(X)                                                  \
    X("ordered", "compute into an array indexed by the loop variable and "     \
                 "print or combine it after the loop")                         \
    X("linear", "compute the variable from the loop variable in the body "     \
                "(x = x0 + i * step), and add lastprivate(x) if its value "    \
                "after the loop is needed")                                    \
    X("aligned", "remove it: a pfor loop is vectorised by the C compiler")     \
    X("safelen", "remove it: a pfor loop is vectorised by the C compiler")     \
    X("simdlen", "remove it: a pfor loop is vectorised by the C compiler")     \
    X("simd", "remove it: a pfor loop is vectorised by the C compiler")        \
    X("nontemporal", "remove it: a pfor loop is vectorised by the C compiler") \
    X("proc_bind", "remove it: pfor workers are processes the kernel "         \
                   "places (restrict them with taskset if needed)")            \
    X("allocate", "remove it: every worker is a process with its own memory")  \
    X("order", "remove it: the iterations of a pfor loop may run in any "      \
               "order already")                                                \
    X("in_reduction", "pfor has no tasks: use reduction(op: list) on the "     \
                      "loop")                                                  \
    X("task_reduction", "pfor has no tasks: use reduction(op: list) on the "   \
                        "loop")                                                \
    X("copyin", "remove it: every worker starts with the parent's values")     \
    X("depend", "pfor has no tasks: order the loops in the program")           \
    X("device", "remove it: pfor runs on the host's CPUs")                     \
    X("map", "remove it: pfor runs on the host's CPUs (to bring results "      \
             "back, use collect(list))")                                       \
    X("is_device_ptr", "remove it: pfor runs on the host's CPUs")              \
    X("use_device_ptr", "remove it: pfor runs on the host's CPUs")             \
    X("defaultmap", "remove it: pfor runs on the host's CPUs")                 \
    X("num_teams", "use workers(n)")                                           \
    X("thread_limit", "use workers(n)")                                        \
    X("dist_schedule", "use schedule(kind, chunk)")                            \
    X("untied", "pfor has no tasks: remove it")                                \
    X("mergeable", "pfor has no tasks: remove it")                             \
    X("final", "pfor has no tasks: remove it")                                 \
    X("priority", "pfor has no tasks: remove it")                              \
    X("grainsize", "use schedule(dynamic, chunk)")                             \
    X("num_tasks", "use workers(n)")                                           \
    X("nogroup", "pfor has no tasks: remove it")                               \
    X("bind", "remove it")                                                     \
    X("filter", "remove it: '#pragma pfor master' runs on one worker")         \
    X("sections", "use '#pragma pfor map' over a function that switches on "   \
                  "its index")                                                 \
    X("master", "write '#pragma pfor parallel' and '#pragma pfor master' "     \
                "inside its block")                                            \
    X("single", "write '#pragma pfor parallel' and '#pragma pfor single' "     \
                "inside its block")

enum clause_id {
#define PF__CL_ENUM(id, word, shape, on, rep) CL_##id,
    PF_CLAUSES(PF__CL_ENUM)
#undef PF__CL_ENUM
        CL_COUNT,
    CL_UNKNOWN = CL_COUNT /* a word in clause position that is no clause */
};

enum clause_shape {
    SHAPE_EXPR,
    SHAPE_FLAG,
    SHAPE_SCHEDULE,
    SHAPE_REDUCTION,
    SHAPE_LIST,
    SHAPE_WORD
};

/* ---- reduction operators ------------------------------------------------
 * X(id, symbol (as in OpenMP), pf_op_t name, integer types only) */
#define PF_REDOPS(X)                                                           \
    X(ADD, "+", "PF_OP_ADD", 0)                                                \
    X(MUL, "*", "PF_OP_MUL", 0)                                                \
    X(SUB, "-", "PF_OP_SUB", 0)                                                \
    X(BAND, "&", "PF_OP_BAND", 1)                                              \
    X(BOR, "|", "PF_OP_BOR", 1)                                                \
    X(BXOR, "^", "PF_OP_BXOR", 1)                                              \
    X(LAND, "&&", "PF_OP_LAND", 0)                                             \
    X(LOR, "||", "PF_OP_LOR", 0)                                               \
    X(MIN, "min", "PF_OP_MIN", 0)                                              \
    X(MAX, "max", "PF_OP_MAX", 0)

enum redop_id {
    RED_NONE = 0,
#define PF__RED_ENUM(id, sym, name, int_only) RED_##id,
    PF_REDOPS(PF__RED_ENUM)
#undef PF__RED_ENUM
        RED_COUNT
};

/* ---- schedule kinds -----------------------------------------------------
 * X(id, word, pfc_schedule_t name for the process backend, OpenMP kind)
 * A kind may also be given by an object-like macro defined (in the input)
 * as one of these words, as OpenMP programs write schedule(MY_SCHEDULE). */
#define PF_SCHEDULES(X)                                                        \
    X(STATIC, "static", "PFC_SCHED_STATIC", "static")                          \
    X(DYNAMIC, "dynamic", "PFC_SCHED_DYNAMIC", "dynamic")                      \
    X(GUIDED, "guided", "PFC_SCHED_GUIDED", "guided")                          \
    X(AUTO, "auto", "PFC_SCHED_AUTO", "auto")                                  \
    X(RUNTIME, "runtime", "PFC_SCHED_RUNTIME", "runtime")

enum sched_id {
    SCHED_NONE = 0,
#define PF__SCHED_ENUM(id, word, pfc, omp) SCHED_##id,
    PF_SCHEDULES(PF__SCHED_ENUM)
#undef PF__SCHED_ENUM
        SCHED_COUNT
};

/* ---- tables drawn from the lists (lang.c) ------------------------------ */

typedef struct construct_info {
    const char *name; /* "parallel for" */
    int bit;
    int follows; /* enum construct_follows */
} construct_info_t;

typedef struct clause_info {
    const char *word;
    int shape; /* enum clause_shape */
    int on;    /* mask of ON_* */
    int repeatable;
} clause_info_t;

typedef struct redop_info {
    const char *symbol;
    const char *pf_op; /* "PF_OP_ADD" */
    int integer_only;
} redop_info_t;

typedef struct sched_info {
    const char *word;
    const char *pfc; /* "PFC_SCHED_STATIC" */
    const char *omp; /* "static" */
} sched_info_t;

extern const construct_info_t pf_constructs[C_COUNT + 1];
extern const clause_info_t pf_clauses[CL_COUNT];
extern const redop_info_t pf_redops[RED_COUNT];
extern const sched_info_t pf_scheds[SCHED_COUNT];

/* Look-ups by spelling; 0 (RED_NONE, SCHED_NONE) or CL_UNKNOWN when the
 * word is none.  A clause's aliases find it too. */
int pf_clause_lookup(const char *word, unsigned long len);
/* What to write instead of a refused OpenMP construct or clause, or NULL
 * when the word is none of them. */
const char *pf_refused_construct(const char *word, unsigned long len);
const char *pf_refused_clause(const char *word, unsigned long len);
/* "parallel for, map, parallel, for, single, master or barrier". */
const char *pf_construct_list(void);
int pf_redop_lookup(const char *sym, unsigned long len);
int pf_sched_lookup(const char *word, unsigned long len);

/* "+ * - & | ^ && || min max" and "static, dynamic, guided or runtime",
 * for messages. */
const char *pf_redop_list(void);
const char *pf_sched_list(void);

#endif /* PFORC_LANG_H */
