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
 * X(id, name as written after "pfor", bit) */
#define PF_CONSTRUCTS(X)                                                       \
    X(PARALLEL_FOR, "parallel for", 1)                                         \
    X(MAP, "map", 2)

enum construct_kind {
    C_NONE = 0,
#define PF__C_ENUM(id, name, bit) C_##id,
    PF_CONSTRUCTS(PF__C_ENUM)
#undef PF__C_ENUM
        C_COUNT
};

/* Masks of the constructs a clause is allowed on. */
enum {
#define PF__C_MASK(id, name, bit) ON_##id = bit,
    PF_CONSTRUCTS(PF__C_MASK)
#undef PF__C_MASK
};

/* ---- clauses ------------------------------------------------------------
 * X(id, word, argument shape, allowed on, repeatable)
 *
 * Shapes (each is one grammar token kind, see parser.y):
 *   EXPR       word(expression)
 *   FLAG       word
 *   SCHEDULE   word(kind) or word(kind, chunk expression)
 *   REDUCTION  word(op: item, ...), an item being v or v[lo:len]
 *   LIST       word(expression, ...)
 */
#define PF_CLAUSES(X)                                                          \
    X(WORKERS, "workers", EXPR, ON_PARALLEL_FOR | ON_MAP, 0)                   \
    X(SCHEDULE, "schedule", SCHEDULE, ON_PARALLEL_FOR, 0)                      \
    X(REDUCTION, "reduction", REDUCTION, ON_PARALLEL_FOR, 1)                   \
    X(COLLECT, "collect", LIST, ON_PARALLEL_FOR, 1)                            \
    X(IF, "if", EXPR, ON_PARALLEL_FOR, 0)                                      \
    X(RETRIES, "retries", EXPR, ON_PARALLEL_FOR | ON_MAP, 0)                   \
    X(TIMEOUT, "timeout", EXPR, ON_PARALLEL_FOR | ON_MAP, 0)                   \
    X(CHUNKSIZE, "chunksize", EXPR, ON_MAP, 0)                                 \
    X(PROGRESS, "progress", FLAG, ON_MAP, 0)                                   \
    X(POOL, "pool", EXPR, ON_MAP, 0)

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
    SHAPE_LIST
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
 * X(id, word, pfc_schedule_t name for the process backend, OpenMP kind) */
#define PF_SCHEDULES(X)                                                        \
    X(STATIC, "static", "PFC_SCHED_STATIC", "static")                          \
    X(DYNAMIC, "dynamic", "PFC_SCHED_DYNAMIC", "dynamic")                      \
    X(GUIDED, "guided", "PFC_SCHED_GUIDED", "guided")                          \
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

extern const construct_info_t pf_constructs[C_COUNT];
extern const clause_info_t pf_clauses[CL_COUNT];
extern const redop_info_t pf_redops[RED_COUNT];
extern const sched_info_t pf_scheds[SCHED_COUNT];

/* Look-ups by spelling; 0 (RED_NONE, SCHED_NONE) or CL_UNKNOWN when the
 * word is none. */
int pf_clause_lookup(const char *word, unsigned long len);
int pf_redop_lookup(const char *sym, unsigned long len);
int pf_sched_lookup(const char *word, unsigned long len);

/* "+ * - & | ^ && || min max" and "static, dynamic, guided or runtime",
 * for messages. */
const char *pf_redop_list(void);
const char *pf_sched_list(void);

#endif /* PFORC_LANG_H */
