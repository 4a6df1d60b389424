/*
 * ruralguard: the C ABI.
 *
 * Monitoring and scoring logic for China's post-poverty safety net, with exact decimal money.
 * This header is the whole stable C interface; it is C99-clean and tested with
 * `-std=c99 -pedantic -Werror`.
 *
 * Conventions (docs/c-abi.md):
 *  - Every function is named rg_<module>_<verb>. Functions that can fail return rg_status: RG_OK
 *    (0) or a negative code whose value never changes. After a failure,
 *    rg_last_error_message() describes what was wrong and where, for the calling thread.
 *  - Out-parameters come first. Pointer arguments are checked in release builds: a NULL where an
 *    object is required returns RG_EINVAL and writes nothing.
 *  - Text is passed as pointer + length in bytes (UTF-8, not necessarily NUL-terminated); NULL
 *    with length 0 is empty text, NULL with any other length is RG_EINVAL. Where a function
 *    requires the text (rg_store_open's path, rg_summary_from_json's json) NULL is RG_EINVAL.
 *  - A struct with struct_size may be larger than this header's (a newer caller: the extra bytes
 *    are ignored), never smaller (RG_EINVAL naming the struct and both sizes).
 *  - An enum argument (RG_ROUND_*, RG_CHANNEL_*, ...) outside its RG_* values is RG_EINVAL naming
 *    the parameter and the value; the call changes nothing. Values are never changed silently.
 *  - Each function's comment lists the statuses it returns ("Errors:"). In addition every
 *    function returning rg_status may return RG_ENOMEM (allocation failed) and RG_EINTERNAL (a
 *    bug in ruralguard); those two are not repeated in the lists.
 *  - Booleans are uint8_t (0 or 1). No varargs, no 128-bit types.
 *  - No C++ exception ever crosses this boundary.
 *  - Unless a function says otherwise it has no shared state and may be called from any thread.
 *  - A published signature never changes; a changed behaviour gets a new name (`_v2`).
 */
#ifndef RURALGUARD_H
#define RURALGUARD_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__)
#define RG_API __attribute__((visibility("default")))
#define RG_NODISCARD __attribute__((warn_unused_result))
#else
#define RG_API
#define RG_NODISCARD
#endif

/* ---------------------------------------------------------------------------------------------
 * Versions
 * ------------------------------------------------------------------------------------------- */

#define RG_VERSION_MAJOR 0
#define RG_VERSION_MINOR 1
#define RG_VERSION_PATCH 0
/* major * 10000 + minor * 100 + patch */
#define RG_VERSION_NUMBER (RG_VERSION_MAJOR * 10000 + RG_VERSION_MINOR * 100 + RG_VERSION_PATCH)

/* The version of the library actually loaded, as RG_VERSION_NUMBER computes it. A caller compiled
 * against major M should refuse a library whose rg_version_number() / 10000 differs from M. */
RG_API uint32_t rg_version_number(void);

/* The loaded library's version as static NUL-terminated text, e.g. "0.1.0". Never NULL; the
 * caller must not free it. */
RG_API const char* rg_version_string(void);

/* ---------------------------------------------------------------------------------------------
 * Status codes and errors
 * ------------------------------------------------------------------------------------------- */

/* Values are pinned forever; new codes are only ever appended. */
typedef int32_t rg_status;
#define RG_OK 0
#define RG_EINVAL (-1)      /* NULL pointer, bad size, parameter outside its documented range */
#define RG_EPARSE (-2)      /* malformed text: amount, date, code, CSV field, JSON */
#define RG_EOVERFLOW (-3)   /* a result does not fit its type */
#define RG_ERANGE (-4)      /* well-formed value outside the allowed domain (2023-02-29) */
#define RG_EPRECISION (-5)  /* more decimal places than allowed (sub-fen ledger amount) */
#define RG_ENOTFOUND (-6)   /* unknown id */
#define RG_EEXISTS (-7)     /* the same record already exists (idempotent replay) */
#define RG_ECONFLICT (-8)   /* an id is reused with different fields */
#define RG_ESTATE (-9)      /* transition not allowed from the current state */
#define RG_ELIMIT (-10)     /* a named maximum (batch size, text length, ...) is exceeded */
#define RG_EIO (-11)        /* file or database I/O failed */
#define RG_ECORRUPT (-12)   /* stored data failed an integrity check */
#define RG_EBUSY (-13)      /* the database is locked by another connection */
#define RG_EVERSION (-14)   /* unsupported schema, format or library version */
#define RG_EBALANCE (-15)   /* a balance limit would be exceeded */
#define RG_EREFUSED (-16)   /* a policy or business rule refuses the operation */
#define RG_EBUFFER (-17)    /* the caller's output buffer is too small */
#define RG_ENOMEM (-18)     /* memory allocation failed */
#define RG_EINTERNAL (-99)  /* a bug in ruralguard: please report it */

/* The symbolic name of a status ("RG_OK", "RG_EPARSE", ...), static text, never NULL. Unknown
 * values give "RG_E?". */
RG_API const char* rg_status_name(rg_status status);

/* The message of the most recent failed call made by this thread ("" if none). The text is owned
 * by the library and stays valid until this thread's next failing call. Thread-local: one
 * thread's failures never overwrite another's message. */
RG_API const char* rg_last_error_message(void);

/* ---------------------------------------------------------------------------------------------
 * Money: a signed count of 1/10000 yuan. Exact; never floating point. See docs/money.md.
 * ------------------------------------------------------------------------------------------- */

typedef int64_t rg_money;
#define RG_MONEY_UNITS_PER_YUAN 10000
#define RG_MONEY_UNITS_PER_FEN 100

/* Rounding modes, applied once at every rounding point. */
#define RG_ROUND_HALF_UP 0   /* 四舍五入: ties away from zero */
#define RG_ROUND_HALF_EVEN 1 /* ties to the even neighbour */
#define RG_ROUND_DOWN 2      /* toward zero */
#define RG_ROUND_UP 3        /* away from zero */

/* Flags for rg_money_parse. */
#define RG_MONEY_PARSE_THOUSANDS 1u /* accept "1,234,567.89" (groups of three digits) */
/* Flags for rg_money_format. */
#define RG_MONEY_FORMAT_THOUSANDS 1u /* write "1,234,567.89" */

/* Parses `text` (`text_len` bytes) into *out: an optionally signed decimal with up to 4 decimal
 * places and an optional unit suffix 元, 万, 万元, 亿 or 亿元 ("9819.05万" is 98,190,500 yuan). Errors:
 * RG_EINVAL (NULL out, or NULL text with non-zero length, unknown flag), RG_EPARSE (malformed:
 * "12.3.4", "1e5", "", "NaN", "12,34" without the flag), RG_EPRECISION (finer than 1/10000 yuan),
 * RG_EOVERFLOW (beyond about ±922 trillion yuan), RG_ELIMIT (text longer than RG_MONEY_TEXT_MAX
 * bytes). When several apply, the first of RG_EPARSE, RG_EPRECISION, RG_EOVERFLOW
 * is reported. *out is unchanged on error. */
RG_API RG_NODISCARD rg_status rg_money_parse(rg_money* out, const char* text, size_t text_len,
                                             uint32_t flags);

/* Writes `amount` as decimal text with `decimals` places (0..4) rounded by `rounding` into `out`
 * (capacity `out_capacity` bytes including the NUL terminator). *out_length (may be NULL) receives
 * the text length without the terminator. A value rounding to zero is written without a sign.
 * Errors: RG_EINVAL (NULL out, decimals or rounding out of range, unknown flag), RG_EBUFFER (out
 * too small; 32 bytes always suffice, 48 with the thousands flag). */
RG_API RG_NODISCARD rg_status rg_money_format(char* out, size_t out_capacity, size_t* out_length,
                                              rg_money amount, int32_t decimals, int32_t rounding,
                                              uint32_t flags);

/* *out = a + b, or a - b. Errors: RG_EINVAL (NULL out), RG_EOVERFLOW. */
RG_API RG_NODISCARD rg_status rg_money_add(rg_money* out, rg_money a, rg_money b);
RG_API RG_NODISCARD rg_status rg_money_sub(rg_money* out, rg_money a, rg_money b);

/* *out = amount * numerator / denominator, exact, rounded once to `decimals` places (0..4).
 * Errors: RG_EINVAL (NULL out, denominator 0, decimals or rounding out of range), RG_EOVERFLOW. */
RG_API RG_NODISCARD rg_status rg_money_mul_ratio(rg_money* out, rg_money amount, int64_t numerator,
                                                 int64_t denominator, int32_t decimals,
                                                 int32_t rounding);

/* *out = amount / divisor rounded once to `decimals` places (0..4).
 * Errors: RG_EINVAL (NULL out, divisor 0, decimals or rounding out of range), RG_EOVERFLOW. */
RG_API RG_NODISCARD rg_status rg_money_div(rg_money* out, rg_money amount, int64_t divisor,
                                           int32_t decimals, int32_t rounding);

/* RG_OK when `amount` is a whole number of fen; RG_EPRECISION (with a message naming the amount)
 * otherwise. Ledger amounts must pass this check. */
RG_API RG_NODISCARD rg_status rg_money_check_fen(rg_money amount);

/* Largest-remainder split of `total` into `count` parts proportional to `weights` (each >= 0,
 * positive sum), written to out_parts[0..count). The parts always sum to `total` exactly; leftover
 * units go to the largest remainders, ties to the lower index. rg_money_allocate splits in units
 * of 1/10000 yuan; rg_money_allocate_fen in whole fen (total must be whole fen).
 * The caller owns both arrays; count is at most RG_ALLOCATE_PARTS_MAX.
 * Errors: RG_EINVAL (NULL arrays, count 0, negative weight, zero sum), RG_ELIMIT (count too
 * large), RG_EPRECISION (sub-fen total for _fen), RG_EOVERFLOW. out_parts is unchanged on error. */
#define RG_ALLOCATE_PARTS_MAX 10000000u
RG_API RG_NODISCARD rg_status rg_money_allocate(rg_money* out_parts, rg_money total,
                                                const int64_t* weights, size_t count);
RG_API RG_NODISCARD rg_status rg_money_allocate_fen(rg_money* out_parts, rg_money total,
                                                    const int64_t* weights, size_t count);

/* ---------------------------------------------------------------------------------------------
 * Dates: days since 1970-01-01, limited to 1900-01-01..9999-12-31. See docs/dates.md.
 * ------------------------------------------------------------------------------------------- */

typedef int32_t rg_date;

/* Parses strict ISO "YYYY-MM-DD". Errors: RG_EINVAL (NULL), RG_EPARSE (any other shape, e.g.
 * "2024-2-3"), RG_ERANGE (no such day: "2023-02-29", "2024-13-01"). */
RG_API RG_NODISCARD rg_status rg_date_parse(rg_date* out, const char* text, size_t text_len);

/* *out = the date year-month-day. Errors: RG_EINVAL (NULL), RG_ERANGE (no such day). */
RG_API RG_NODISCARD rg_status rg_date_from_ymd(rg_date* out, int32_t year, int32_t month,
                                               int32_t day);

/* Splits a date into its fields. Errors: RG_EINVAL (all outputs NULL), RG_ERANGE (date outside
 * the supported range). NULL outputs are skipped. */
RG_API RG_NODISCARD rg_status rg_date_to_ymd(int32_t* out_year, int32_t* out_month,
                                             int32_t* out_day, rg_date date);

/* Writes "YYYY-MM-DD" and a NUL into out (capacity >= 11). Errors: RG_EINVAL, RG_EBUFFER,
 * RG_ERANGE. */
RG_API RG_NODISCARD rg_status rg_date_format(char* out, size_t out_capacity, rg_date date);

/* *out = date + months, keeping the day of the month and clamping it to the target month's
 * last day (01-31 + 1 month = 02-28 or 02-29; 02-28 + 1 month = 03-28).
 * Errors: RG_EINVAL, RG_ERANGE. */
RG_API RG_NODISCARD rg_status rg_date_add_months(rg_date* out, rg_date date, int32_t months);

/* ---------------------------------------------------------------------------------------------
 * Region codes: 12-digit administrative division codes (province 2, city 2, county 2,
 * township 3, village 3 digits).
 * ------------------------------------------------------------------------------------------- */

#define RG_REGION_PROVINCE 1
#define RG_REGION_CITY 2
#define RG_REGION_COUNTY 3
#define RG_REGION_TOWNSHIP 4
#define RG_REGION_VILLAGE 5

/* Parses exactly 12 ASCII digits into *out_code and its level (1..5) into *out_level (may be
 * NULL). Errors: RG_EINVAL (NULL), RG_EPARSE (not 12 digits), RG_ERANGE (impossible structure,
 * e.g. province 00 or a village under township 000). */
RG_API RG_NODISCARD rg_status rg_region_parse(uint64_t* out_code, uint8_t* out_level,
                                              const char* text, size_t text_len);

/* *out_parent = the code of the enclosing region. Errors: RG_EINVAL, RG_ERANGE (invalid code or a
 * province, which has no parent). */
RG_API RG_NODISCARD rg_status rg_region_parent(uint64_t* out_parent, uint64_t code);

/* *out_within = 1 when `code` lies in the region given by a 2, 4, 6, 9 or 12-digit prefix.
 * Errors: RG_EINVAL, RG_EPARSE (bad prefix), RG_ERANGE (invalid code). */
RG_API RG_NODISCARD rg_status rg_region_is_within(uint8_t* out_within, uint64_t code,
                                                  const char* prefix, size_t prefix_len);

/* ---------------------------------------------------------------------------------------------
 * Store: the embedded SQLite database (docs/store.md).
 * A handle owns one connection. Use a handle from one thread at a time; separate handles may
 * be used concurrently on the same file (WAL; writers wait up to busy_timeout_ms for the lock).
 * Any call that writes through a handle (including rg_store_open, which may migrate a new file)
 * may return RG_EBUSY, and only once busy_timeout_ms has passed without the lock; nothing of that
 * call was written and it may be retried. The ledger (rg_ledger_open) is one writer per file:
 * a second ledger handle writing to a file another one has written answers RG_ECONFLICT.
 * ------------------------------------------------------------------------------------------- */

typedef struct rg_store rg_store;

typedef struct rg_store_options {
  uint32_t struct_size;        /* sizeof(rg_store_options): lets the struct grow compatibly */
  uint8_t synchronous_full;    /* 1 (default): durable commits; 0: SQLite synchronous=NORMAL */
  uint8_t read_only;           /* 1: open an existing file read-only */
  uint8_t reserved[2];         /* must be 0 */
  int32_t busy_timeout_ms;     /* wait for another writer's lock; default 5000 */
} rg_store_options;

/* Fills *options with the defaults (struct_size set, FULL synchronous, 5000 ms). */
RG_API void rg_store_options_init(rg_store_options* options);

/* Opens or creates the database at `path` (UTF-8, `path_len` bytes) and migrates it to the current
 * schema. `options` may be NULL for the defaults. On success *out_store is a new handle the caller
 * must release with rg_store_close. Errors: RG_EINVAL (NULL out_store/path, bad struct_size),
 * RG_EIO (cannot open or create), RG_EVERSION (written by a newer ruralguard), RG_ECORRUPT (not a
 * ruralguard database), RG_EBUSY, RG_ELIMIT (path longer than RG_PATH_MAX bytes). *out_store is
 * set to NULL on error. */
RG_API RG_NODISCARD rg_status rg_store_open(rg_store** out_store, const char* path, size_t path_len,
                                            const rg_store_options* options);

/* Closes the handle and frees it. NULL is ignored. Must not be called while another thread uses
 * the handle. */
RG_API void rg_store_close(rg_store* store);

/* *out_version = the schema version (PRAGMA user_version) of the open database.
 * Errors: RG_EINVAL, RG_EIO, RG_EBUSY, RG_ECORRUPT (damaged database file). */
RG_API RG_NODISCARD rg_status rg_store_schema_version(int32_t* out_version, rg_store* store);

/* ---------------------------------------------------------------------------------------------
 * Policy: every number the risk rules use for one province and year (docs/policy.md,
 * JSON form in docs/policy-format.md). A policy handle is immutable once created: any number of
 * threads may use the same handle concurrently for assessments.
 * ------------------------------------------------------------------------------------------- */

typedef struct rg_policy rg_policy;

/* Creates the built-in policy for a 2-digit province code ("00" = national) and year from the
 * catalogue of sourced policies (docs/policy.md). The caller owns *out_policy and frees it with
 * rg_policy_free. Errors: RG_EINVAL (NULL), RG_ERANGE (bad province code or year outside
 * 2020..2100), RG_ENOTFOUND (the catalogue has no policy for that province and year: the message
 * names them and lists the catalogue; load the province's policy with rg_policy_from_json or a
 * policy set; since issue 16 there is no fallback to the national floor). */
RG_API RG_NODISCARD rg_status rg_policy_default(rg_policy** out_policy, const char* province,
                                                size_t province_len, int32_t year);

/* Parses and validates a policy in JSON form. Unknown, missing, mistyped and out-of-range fields
 * are errors that name the field path ("policy: weights.risk.illness: expected an integer
 * 0..1000, got -3"). The caller owns *out_policy (rg_policy_free).
 * Errors: RG_EINVAL (NULL), RG_EPARSE (syntax, type, unknown or missing field), RG_ERANGE (value
 * out of range), RG_EVERSION (newer format_version), RG_ELIMIT (text above 1 MiB). */
RG_API RG_NODISCARD rg_status rg_policy_from_json(rg_policy** out_policy, const char* json,
                                                  size_t json_len);

/* Writes the policy's JSON form (UTF-8, NUL-terminated) into out. *out_length (required) receives
 * the text length without the terminator, also when the buffer is too small (RG_EBUFFER), so a
 * caller can size the buffer with a first call. Errors: RG_EINVAL, RG_EBUFFER. */
RG_API RG_NODISCARD rg_status rg_policy_to_json(char* out, size_t out_capacity, size_t* out_length,
                                                const rg_policy* policy);

/* *out_threshold = the monitoring threshold for a household in `region_code` (county override
 * first, else the province-wide amount). Errors: RG_EINVAL. */
RG_API RG_NODISCARD rg_status rg_policy_threshold(rg_money* out_threshold, const rg_policy* policy,
                                                  uint64_t region_code);

/* Frees a policy. NULL is ignored. No other thread may be using it. */
RG_API void rg_policy_free(rg_policy* policy);

/* ---------------------------------------------------------------------------------------------
 * Risk assessment (docs/risk-rules.md): within monitoring or not, category, risk types, score,
 * warning level and next visit, from household facts, a policy and an as-of date.
 * ------------------------------------------------------------------------------------------- */

/* Household types. */
#define RG_HOUSEHOLD_FORMERLY_POOR 1           /* 脱贫户 */
#define RG_HOUSEHOLD_FORMERLY_POOR_NO_POLICY 2 /* 脱贫不享受政策户 */
#define RG_HOUSEHOLD_ORDINARY 3                /* 一般农户 */
/* Monitoring categories. */
#define RG_CATEGORY_NONE 0
#define RG_CATEGORY_UNSTABLE_FORMERLY_POOR 1 /* 脱贫不稳定户 */
#define RG_CATEGORY_MARGINAL 2               /* 边缘易致贫户 */
#define RG_CATEGORY_SUDDEN_SEVERE 3          /* 突发严重困难户 */
/* Warning levels. */
#define RG_LEVEL_NONE 0
#define RG_LEVEL_BLUE 1
#define RG_LEVEL_YELLOW 2
#define RG_LEVEL_RED 3
/* Risk types: bit positions in risk masks. */
#define RG_RISK_ILLNESS 0
#define RG_RISK_DISABILITY 1
#define RG_RISK_EDUCATION 2
#define RG_RISK_NATURAL_DISASTER 3
#define RG_RISK_ACCIDENT 4
#define RG_RISK_UNSTABLE_EMPLOYMENT 5
#define RG_RISK_INDUSTRY_FAILURE 6
#define RG_RISK_LACK_OF_LABOUR 7
#define RG_RISK_HOUSING 8
#define RG_RISK_DRINKING_WATER 9
#define RG_RISK_HIGH_RIGID_EXPENDITURE 10
#define RG_RISK_INCOME_DROP 11
#define RG_RISK_OTHER 12
/* Guarantee failures (两不愁三保障 + water), bits of guarantee_failures. */
#define RG_GUARANTEE_CHILD_OUT_OF_SCHOOL 1u
#define RG_GUARANTEE_UNINSURED 2u
#define RG_GUARANTEE_UNSAFE_HOUSE 4u
#define RG_GUARANTEE_UNSAFE_WATER 8u
#define RG_GUARANTEE_FOOD 16u
/* Events from clues and visits, bits of events. */
#define RG_EVENT_NATURAL_DISASTER 1u
#define RG_EVENT_ACCIDENT 2u
#define RG_EVENT_INDUSTRY_FAILURE 4u
#define RG_EVENT_UNSTABLE_EMPLOYMENT 8u
#define RG_EVENT_SEVERE_DIFFICULTY 16u
#define RG_EVENT_OTHER 32u
/* Bits added by issue 16 (household events): a serious-illness diagnosis raises RG_RISK_ILLNESS, a
 * sudden expenditure RG_RISK_HIGH_RIGID_EXPENDITURE. */
#define RG_EVENT_SERIOUS_ILLNESS 64u
#define RG_EVENT_SUDDEN_EXPENDITURE 128u

/* "No value" markers in columns. */
#define RG_MONEY_UNKNOWN INT64_MIN /* previous_per_capita_income unknown */
#define RG_DATE_NONE INT32_MIN     /* no next visit */
/* Largest batch accepted by one call. */
#define RG_BATCH_ROWS_MAX 100000000u

/* One household, row form. Amounts in rg_money units. */
typedef struct rg_household_facts {
  uint32_t struct_size;        /* sizeof(rg_household_facts) */
  uint8_t kind;                /* RG_HOUSEHOLD_* */
  uint8_t guarantee_failures;  /* RG_GUARANTEE_* bits */
  uint16_t events;             /* RG_EVENT_* bits */
  uint64_t region_code;        /* 12-digit code */
  rg_money per_capita_income;  /* 人均纯收入 of the current period */
  rg_money previous_per_capita_income; /* RG_MONEY_UNKNOWN if unknown */
  rg_money net_income;                 /* 家庭纯收入 */
  rg_money medical_out_of_pocket;      /* compliant out-of-pocket medical, 12 months */
  rg_money education_out_of_pocket;    /* school costs after subsidies, 12 months */
  rg_date income_period_end;
  int32_t members;
  int32_t labour_capable;  /* skilled or ordinary labour */
  int32_t weak_labour;
  int32_t seriously_ill;
  int32_t chronically_ill;
  int32_t disabled;
  int32_t reserved; /* 0 */
} rg_household_facts;

/* Sets struct_size, marks previous income unknown and zeroes everything else. */
RG_API void rg_household_facts_init(rg_household_facts* facts);

#define RG_REASONS_MAX 32
/* One reason with its points (docs/risk-rules.md). */
typedef struct rg_reason {
  uint8_t code;   /* 1 income below threshold, 2 income gap, 3 risk type, 4 guarantee failure,
                     5 income after rigid spending below threshold */
  uint8_t risk;   /* RG_RISK_* when code == 3 */
  uint8_t detail; /* RG_GUARANTEE_* bit (code 4) or tenths short of the threshold (code 2) */
  uint8_t reserved;
  int32_t points;
  rg_money value; /* the amount the reason quotes (e.g. income), 0 if none */
  rg_money limit; /* the limit it is compared with (e.g. threshold), 0 if none */
} rg_reason;

typedef struct rg_assessment {
  uint32_t struct_size; /* set by the caller: sizeof(rg_assessment) */
  uint8_t within_monitoring;
  uint8_t category; /* RG_CATEGORY_* */
  uint8_t level;    /* RG_LEVEL_* */
  uint8_t reason_count;
  uint32_t risk_mask; /* bit RG_RISK_* */
  int32_t score;
  rg_date next_visit; /* RG_DATE_NONE when no visit is due */
  int32_t reserved;
  rg_money threshold; /* the threshold that applied */
  rg_reason reasons[RG_REASONS_MAX];
} rg_assessment;

/* Assesses one household. out->struct_size must be set by the caller. Errors: RG_EINVAL (NULL,
 * struct sizes, facts->kind not an RG_HOUSEHOLD_* value), RG_ERANGE (inconsistent facts, as_of
 * before the end of the income period, dates out of range). *out is unchanged on error.
 * Thread-safe. */
RG_API RG_NODISCARD rg_status rg_risk_assess(rg_assessment* out, const rg_household_facts* facts,
                                             const rg_policy* policy, rg_date as_of);

/* Languages of explanations and reports (the `language` parameters). */
#define RG_LANGUAGE_ZH_CN 0
#define RG_LANGUAGE_EN 1

/* Writes a human-readable explanation of the same assessment (language: 0 = zh-CN, 1 = en),
 * NUL-terminated, into out. *out_length (required) receives the full length even on RG_EBUFFER.
 * Errors: RG_EINVAL (as rg_risk_assess; NULL out_length; language not an
 * RG_LANGUAGE_* value), RG_ERANGE (as rg_risk_assess), RG_EBUFFER. */
RG_API RG_NODISCARD rg_status rg_risk_explain(char* out, size_t out_capacity, size_t* out_length,
                                              const rg_household_facts* facts,
                                              const rg_policy* policy, rg_date as_of,
                                              int32_t language);

/* Struct-of-arrays input: `count` rows; every non-NULL column has `count` elements. Required:
 * region_code, kind, per_capita_income, net_income, income_period_end, members, labour_capable.
 * The others may be NULL: zero for every row (previous_per_capita_income: unknown). */
typedef struct rg_household_columns {
  uint32_t struct_size; /* sizeof(rg_household_columns) */
  uint32_t reserved;    /* 0 */
  size_t count;
  const uint64_t* region_code;
  const uint8_t* kind;
  const rg_money* per_capita_income;
  const rg_money* previous_per_capita_income;
  const rg_money* net_income;
  const rg_money* medical_out_of_pocket;
  const rg_money* education_out_of_pocket;
  const rg_date* income_period_end;
  const int32_t* members;
  const int32_t* labour_capable;
  const int32_t* weak_labour;
  const int32_t* seriously_ill;
  const int32_t* chronically_ill;
  const int32_t* disabled;
  const uint8_t* guarantee_failures;
  const uint16_t* events;
} rg_household_columns;

/* Caller-owned output columns of `count` elements each; NULL columns are not written. */
typedef struct rg_assessment_columns {
  uint32_t struct_size; /* sizeof(rg_assessment_columns) */
  uint32_t reserved;    /* 0 */
  uint8_t* within_monitoring;
  uint8_t* category;
  uint32_t* risk_mask;
  int32_t* score;
  uint8_t* level;
  rg_date* next_visit;
  int32_t* status; /* 0, or the rg_status of that row's error (e.g. RG_ERANGE) */
} rg_assessment_columns;

/* The batch fast path: assesses every row with the same rule as rg_risk_assess. A row with bad
 * data gets its status (and zero outputs) while the other rows go on; *out_failed (may be NULL)
 * receives the number of such rows. Errors: RG_EINVAL (NULL policy/in/out, a NULL required
 * column, struct sizes), RG_ELIMIT (count above RG_BATCH_ROWS_MAX), RG_ERANGE (as_of invalid).
 * Thread-safe: many threads may assess disjoint outputs with one shared policy. */
RG_API RG_NODISCARD rg_status rg_risk_assess_batch(size_t* out_failed,
                                                   const rg_assessment_columns* out,
                                                   const rg_household_columns* in,
                                                   const rg_policy* policy, rg_date as_of);

/* Elimination conditions: bit (1 << condition) in failed_conditions. */
#define RG_ELIM_MONTHS_MONITORED 1
#define RG_ELIM_MEASURES_IMPLEMENTED 2
#define RG_ELIM_INCOME_STABLE 3
#define RG_ELIM_INCOME_ABOVE_THRESHOLD 4
#define RG_ELIM_RIGID_EXPENDITURE 5
#define RG_ELIM_GUARANTEES 6
#define RG_ELIM_RISKS_GONE 7
#define RG_ELIM_HAS_LABOUR 8
#define RG_ELIM_NOT_TOO_SOON 9
#define RG_ELIM_VETO 10
#define RG_ELIMINATION_AIDED 1   /* 帮扶消除 */
#define RG_ELIMINATION_NATURAL 2 /* 自然消除 */

typedef struct rg_case_facts {
  uint32_t struct_size; /* sizeof(rg_case_facts) */
  rg_date identified;   /* 识别监测时间 */
  int32_t measures_implemented;
  rg_date income_stable_since; /* RG_DATE_NONE if income is not stable above the threshold */
  uint8_t has_contact_person;
  uint8_t reserved[3];
} rg_case_facts;

typedef struct rg_elimination_result {
  uint32_t struct_size; /* set by the caller */
  uint8_t eligible;
  uint8_t kind;             /* RG_ELIMINATION_* */
  uint8_t reserved[2];
  uint32_t failed_conditions; /* bit (1 << RG_ELIM_*) per failing condition */
  uint32_t vetoes;            /* bit (1 << veto item) per veto item that holds (docs/policy.md) */
} rg_elimination_result;

/* Checks every elimination condition (the one-item veto: any failure blocks). When `report` is not
 * NULL, one line per failure in `language` (0 zh-CN, 1 en) is written there, NUL-terminated;
 * *report_length (required with report) receives the full length even on RG_EBUFFER. Errors:
 * RG_EINVAL (NULL, struct sizes, kind not an RG_ELIMINATION_* value, language not an RG_LANGUAGE_*
 * value, facts->kind not an RG_HOUSEHOLD_* value), RG_ERANGE (as_of before identification,
 * inconsistent facts), RG_EBUFFER. */
RG_API RG_NODISCARD rg_status rg_risk_check_elimination(rg_elimination_result* out,
                                                        char* report, size_t report_capacity,
                                                        size_t* report_length,
                                                        const rg_case_facts* case_facts,
                                                        const rg_household_facts* facts,
                                                        const rg_policy* policy, rg_date as_of,
                                                        int32_t kind, int32_t language);

/* ---------------------------------------------------------------------------------------------
 * Stored policies and assessment runs (store handle rules apply: one thread per handle).
 * ------------------------------------------------------------------------------------------- */

/* Stores the policy under its (id, version). The same content again is RG_OK; different content
 * under a stored (id, version) is RG_ECONFLICT (save a new version). Errors: RG_EINVAL, RG_EIO,
 * RG_EBUSY, RG_ECONFLICT, RG_ECORRUPT (damaged database file). */
RG_API RG_NODISCARD rg_status rg_store_save_policy(rg_store* store, const rg_policy* policy);

/* Loads policy `id` at `version` (0 = the highest stored version). The caller owns *out_policy.
 * Errors: RG_EINVAL, RG_ENOTFOUND, RG_EIO, RG_ELIMIT (id longer than RG_POLICY_ID_MAX bytes),
 * RG_EBUSY, RG_ECORRUPT (damaged database file). */
RG_API RG_NODISCARD rg_status rg_store_load_policy(rg_policy** out_policy, rg_store* store,
                                                   const char* id, size_t id_len, int32_t version);

/* Records the results of one batch as an assessment run, in one transaction (all rows or none):
 * household_keys[count] (the caller's keys, at most 2^63-1, unique) and the within_monitoring,
 * category, level, risk_mask, score and next_visit columns of `results` (all required). The policy
 * is saved with it. *out_run_id receives the new run's id. `label` may be NULL. Errors: RG_EINVAL
 * (NULL, missing column), RG_ECONFLICT (duplicate key; nothing written), RG_ELIMIT, RG_EIO,
 * RG_EBUSY, RG_ERANGE (as_of outside the supported dates), RG_ECORRUPT (damaged database file). */
RG_API RG_NODISCARD rg_status rg_risk_run_record(int64_t* out_run_id, rg_store* store,
                                                 const rg_policy* policy, rg_date as_of,
                                                 const uint64_t* household_keys, size_t count,
                                                 const rg_assessment_columns* results,
                                                 const char* label, size_t label_len);

/* The difference between two stored runs. */
typedef struct rg_run_diff rg_run_diff;

/* Compares run `earlier` with run `later`: households that entered monitoring, that left it, and
 * whose warning level changed. The caller owns *out_diff (rg_run_diff_free). Errors: RG_EINVAL,
 * RG_ENOTFOUND (unknown run id), RG_EIO, RG_EBUSY, RG_ECORRUPT (damaged database file). */
RG_API RG_NODISCARD rg_status rg_risk_run_diff(rg_run_diff** out_diff, rg_store* store,
                                               int64_t earlier, int64_t later);

/* Sizes of the three lists. Any output may be NULL. Errors: RG_EINVAL (NULL diff). */
RG_API RG_NODISCARD rg_status rg_run_diff_counts(size_t* out_entered, size_t* out_left,
                                                 size_t* out_level_changed,
                                                 const rg_run_diff* diff);

/* Copies the lists (keys ascending) into caller arrays sized by rg_run_diff_counts; a NULL array
 * is skipped. level_from/level_to are RG_LEVEL_* values parallel to changed_keys.
 * Errors: RG_EINVAL (NULL diff). */
RG_API RG_NODISCARD rg_status rg_run_diff_copy(uint64_t* entered, uint64_t* left,
                                               uint64_t* changed_keys, uint8_t* level_from,
                                               uint8_t* level_to, const rg_run_diff* diff);

/* Frees a diff. NULL is ignored. */
RG_API void rg_run_diff_free(rg_run_diff* diff);

/* ---------------------------------------------------------------------------------------------
 * Monitoring cases (docs/monitoring.md): clues, the identification and elimination procedure,
 * measures, visits and alerts, all in the store (store handle rules: one thread per handle).
 * Every call is all-or-nothing: on error nothing is written.
 * ------------------------------------------------------------------------------------------- */

/* Clue channels. */
#define RG_CHANNEL_SELF_DECLARED 1
#define RG_CHANNEL_HOTLINE_12317 2
#define RG_CHANNEL_PHONE_APP 3
#define RG_CHANNEL_CADRE_VISIT 4
#define RG_CHANNEL_DEPARTMENT_DATA 5
#define RG_CHANNEL_PLATFORM_ANALYSIS 6
#define RG_CHANNEL_SUPERVISION 7
/* Departments and their metrics (amount metrics use the policy's screening thresholds). */
#define RG_DEPT_MEDICAL_INSURANCE 1
#define RG_DEPT_EDUCATION 2
#define RG_DEPT_HOUSING 3
#define RG_DEPT_WATER 4
#define RG_DEPT_CIVIL_AFFAIRS 5
#define RG_DEPT_DISABILITY 6
#define RG_DEPT_EMERGENCY 7
#define RG_DEPT_HUMAN_RESOURCES 8
#define RG_METRIC_INPATIENT_OOP_YTD 1
#define RG_METRIC_OUTPATIENT_SPECIAL_MONTHLY 2
#define RG_METRIC_SCHOOL_COST_YEAR 3
#define RG_METRIC_HOUSE_DAMAGED 4
#define RG_METRIC_WATER_SUPPLY_CUT 5
#define RG_METRIC_DISASTER_LOSS 6
#define RG_METRIC_NEW_DISABILITY 7
#define RG_METRIC_DIBAO_APPLICATION 8
#define RG_METRIC_JOB_LOSS 9
/* Case states. */
#define RG_CASE_CLUE 1
#define RG_CASE_VERIFIED 2
#define RG_CASE_COMPARED 3
#define RG_CASE_REVIEWED 4
#define RG_CASE_NOTICED 5
#define RG_CASE_TOWNSHIP_APPROVED 6
#define RG_CASE_MONITORED 7
#define RG_CASE_REJECTED 8
#define RG_CASE_ELIMINATION_VERIFIED 9
#define RG_CASE_ELIMINATION_REVIEWED 10
#define RG_CASE_ELIMINATION_NOTICED 11
#define RG_CASE_ELIMINATION_TOWNSHIP_APPROVED 12
#define RG_CASE_ELIMINATED 13
/* Case steps. */
#define RG_STEP_VERIFY 1
#define RG_STEP_COMPARE 2
#define RG_STEP_REVIEW 3
#define RG_STEP_NOTICE 4
#define RG_STEP_TOWNSHIP_APPROVE 5
#define RG_STEP_COUNTY_APPROVE 6
#define RG_STEP_REJECT 7
#define RG_STEP_START_ELIMINATION 8
#define RG_STEP_ROLLBACK 9
#define RG_STEP_REASSESS 10 /* the warning level derived again (issue 16; see rg_case_reassess) */
/* Measure categories (1..16, DOMAIN.md 1.8) and statuses. */
#define RG_MEASURE_INDUSTRY 1
#define RG_MEASURE_EMPLOYMENT 2
#define RG_MEASURE_FINANCE 3
#define RG_MEASURE_PUBLIC_WELFARE_JOB 4
#define RG_MEASURE_HEALTH 5
#define RG_MEASURE_EDUCATION 6
#define RG_MEASURE_COMPULSORY_EDUCATION 7
#define RG_MEASURE_HOUSING 8
#define RG_MEASURE_WATER 9
#define RG_MEASURE_SOCIAL_SECURITY 10
#define RG_MEASURE_SOCIAL_AID 11
#define RG_MEASURE_RELOCATION 12
#define RG_MEASURE_LIVING_CONDITIONS 13
#define RG_MEASURE_INFRASTRUCTURE 14
#define RG_MEASURE_INSURANCE 15
#define RG_MEASURE_OTHER 16
#define RG_MEASURE_PLANNED 1
#define RG_MEASURE_IMPLEMENTED 2
#define RG_MEASURE_ENDED 3
/* Alerts. */
#define RG_ALERT_VISIT_OVERDUE 1
#define RG_ALERT_IDENTIFICATION_OVERDUE 2
#define RG_ALERT_NO_MEASURE 3
#define RG_ALERT_NO_DEVELOPMENT_MEASURE 4
#define RG_ALERT_RISK_WITHOUT_MEASURE 5
#define RG_ALERT_POST_ELIMINATION_CHECK_DUE 6 /* eliminated, in the follow-up window */
#define RG_ALERT_ACTIVE 1
#define RG_ALERT_ACKNOWLEDGED 2
#define RG_ALERT_RESOLVED 3

/* Department records, struct-of-arrays of `count` rows (all columns required except
 * formerly_poor, NULL = 0 for every row). */
typedef struct rg_department_records {
  uint32_t struct_size; /* sizeof(rg_department_records) */
  uint32_t reserved;
  size_t count;
  const int64_t* household_key; /* the households table's key */
  const uint8_t* department;    /* RG_DEPT_* */
  const uint8_t* metric;        /* RG_METRIC_* */
  const rg_money* amount;
  const rg_date* period;
  const uint8_t* formerly_poor; /* 1: the formerly-poor medical threshold applies */
} rg_department_records;

typedef struct rg_ingest_result {
  uint32_t struct_size; /* set by the caller */
  uint32_t reserved;
  size_t records;
  size_t rejected_records; /* bad or unknown household: see the status array */
  size_t below_threshold;
  size_t duplicates;       /* the same trigger again, in this batch or already stored */
  size_t clues_raised;
  size_t cases_opened;
  size_t attached_to_open_case;
} rg_ingest_result;

/* Screens the records with the policy's thresholds, stores one clue per new trigger and opens a
 * case (state RG_CASE_CLUE) for households without an open case. out_status (may be NULL) has
 * `count` elements: 0 or the row's rg_status (RG_ERANGE bad row, RG_ENOTFOUND unknown household).
 * Errors: RG_EINVAL, RG_ELIMIT (more than 10,000,000 rows), RG_EIO, RG_EBUSY, RG_ECORRUPT (damaged
 * database file). */
RG_API RG_NODISCARD rg_status rg_cases_ingest(rg_ingest_result* out, int32_t* out_status,
                                              rg_store* store, const rg_policy* policy,
                                              const rg_department_records* records);

/* Opens a case from a clue of another channel (self-declaration, 12317, app, cadre visit...).
 * Errors: RG_EINVAL (NULL; channel not an RG_CHANNEL_* value; NULL note with a length),
 * RG_ENOTFOUND (household), RG_EEXISTS (the household has an open case), RG_ELIMIT (note above
 * 2,000 bytes), RG_ERANGE (found outside the supported dates), RG_EIO, RG_EBUSY, RG_ECORRUPT
 * (damaged database file). */
RG_API RG_NODISCARD rg_status rg_case_open(int64_t* out_case_id, rg_store* store,
                                           int64_t household_key, int32_t channel, rg_date found,
                                           const char* note, size_t note_len);

/* One step of the procedure. Text fields are pointer + length; unused fields are ignored. */
typedef struct rg_case_step {
  uint32_t struct_size; /* sizeof(rg_case_step) */
  uint8_t step;         /* RG_STEP_* */
  uint8_t consent_signed;    /* RG_STEP_VERIFY */
  uint8_t comparison_passed; /* RG_STEP_COMPARE (0 rejects the case) */
  uint8_t category;          /* RG_STEP_COUNTY_APPROVE (identification): RG_CATEGORY_* */
  uint8_t level;             /* ...RG_LEVEL_*; also the level after RG_STEP_ROLLBACK */
  uint8_t elimination_kind;  /* RG_STEP_COUNTY_APPROVE (elimination): RG_ELIMINATION_* */
  uint8_t reserved[2];
  uint32_t risk_mask;        /* RG_STEP_COUNTY_APPROVE (identification) */
  rg_date date;
  int32_t votes_for;         /* RG_STEP_REVIEW */
  int32_t votes_against;
  rg_date notice_start;      /* RG_STEP_NOTICE */
  rg_date notice_end;
  rg_date income_stable_since; /* elimination approval: RG_DATE_NONE (the date derived from the
                                  income statements governs), or a date no earlier than the
                                  derived one (a stricter caller); earlier is RG_EREFUSED */
  const char* actor;
  size_t actor_len;
  const char* note;
  size_t note_len;
  const char* contact_name;  /* identification approval: 监测联系人 */
  size_t contact_name_len;
  const char* contact_phone;
  size_t contact_phone_len;
  const char* contact_rank;
  size_t contact_rank_len;
  /* Since issue 16 (a caller whose struct_size ends before `role` is accepted as before: its steps
   * have no role, RG_ROLE_UNSPECIFIED, see rg_case_advance). */
  uint8_t role;              /* RG_ROLE_*: the actor's role; RG_ROLE_UNSPECIFIED (0) = none */
  uint8_t proposed_category; /* RG_STEP_VERIFY / RG_STEP_REVIEW (identification): RG_CATEGORY_* */
  uint8_t reserved2[6];
} rg_case_step;

/* Sets struct_size, comparison_passed = 1, the dates to RG_DATE_NONE and everything else to 0. */
RG_API void rg_case_step_init(rg_case_step* step);

/* Applies a step to a stored case; *out_state (may be NULL) receives the new RG_CASE_* state.
 * Errors: RG_EINVAL (NULL, struct_size, NULL text with a length, step, category, level or
 * elimination_kind outside their RG_* values; elimination_kind 0 at the elimination approval),
 * RG_ENOTFOUND (case), RG_ESTATE (step not allowed now; the message names the state and the
 * allowed steps), RG_EREFUSED (the step's rule fails: consent, a notice shorter than the minimum,
 * no contact person, an elimination gate failure listing every condition), RG_ERANGE (date before
 * the previous event), RG_EIO, RG_EBUSY, RG_ECORRUPT (damaged database file). Nothing changes on
 * error.
 * Roles (issue 16, docs/monitoring.md): the policy's role model says which RG_ROLE_* may do each
 * step and which steps need different actors; a step by a role that may not do it, or by the actor
 * of the earlier step of a separated pair, is RG_EREFUSED naming the step, the role given and the
 * roles allowed. role outside RG_ROLE_* or proposed_category outside RG_CATEGORY_* is RG_EINVAL.
 * A step without a role (RG_ROLE_UNSPECIFIED, and every step of a caller whose struct_size ends
 * before `role`) is accepted unless the policy's roles.require_role is true (then RG_EREFUSED). */
RG_API RG_NODISCARD rg_status rg_case_advance(uint8_t* out_state, rg_store* store,
                                              const rg_policy* policy, int64_t case_id,
                                              const rg_case_step* step);

typedef struct rg_case_info {
  uint32_t struct_size; /* set by the caller */
  uint8_t state;
  uint8_t category;
  uint8_t level;
  uint8_t channel;
  int64_t case_id;
  int64_t household_key;
  uint32_t risk_mask;
  rg_date found;
  rg_date identified; /* RG_DATE_NONE until monitored */
  rg_date eliminated; /* RG_DATE_NONE unless eliminated */
  int32_t rollbacks;
  int32_t events;
} rg_case_info;

/* Reads a case. Errors: RG_EINVAL, RG_ENOTFOUND, RG_EIO, RG_EBUSY, RG_ECORRUPT (damaged database
 * file). */
RG_API RG_NODISCARD rg_status rg_case_get(rg_case_info* out, rg_store* store, int64_t case_id);

/* Records an assistance measure for a monitored case. end may be RG_DATE_NONE. Errors: RG_EINVAL
 * (NULL; category not an RG_MEASURE_INDUSTRY..RG_MEASURE_OTHER value; status not
 * RG_MEASURE_PLANNED..RG_MEASURE_ENDED; NULL text with a length), RG_ENOTFOUND, RG_ESTATE (case
 * not monitored), RG_ERANGE (end before start, negative amount, a date out of range), RG_ELIMIT
 * (content above 1,000 bytes), RG_EIO, RG_EBUSY, RG_ECORRUPT (damaged database file). */
RG_API RG_NODISCARD rg_status rg_case_add_measure(int64_t* out_measure_id, rg_store* store,
                                                  int64_t case_id, int32_t category,
                                                  rg_date start, rg_date end,
                                                  rg_money planned_amount, int32_t status,
                                                  const char* content, size_t content_len,
                                                  const char* actor, size_t actor_len);

/* planned -> implemented -> ended. Errors: RG_EINVAL (NULL; status not an
 * RG_MEASURE_PLANNED..RG_MEASURE_ENDED value), RG_ENOTFOUND, RG_ESTATE, RG_ERANGE (date), RG_EIO,
 * RG_EBUSY, RG_ECORRUPT (damaged database file). */
RG_API RG_NODISCARD rg_status rg_case_set_measure_status(rg_store* store, int64_t measure_id,
                                                         int32_t status, rg_date date,
                                                         const char* actor, size_t actor_len);

/* Logs a visit. Errors: RG_EINVAL (NULL, empty visitor), RG_ENOTFOUND, RG_ERANGE (before the
 * case was opened), RG_ELIMIT, RG_EIO, RG_EBUSY, RG_ECORRUPT (damaged database file). */
RG_API RG_NODISCARD rg_status rg_case_record_visit(int64_t* out_visit_id, rg_store* store,
                                                   int64_t case_id, rg_date date,
                                                   const char* visitor, size_t visitor_len,
                                                   const char* findings, size_t findings_len);

/* Evaluates the alert rules for every open case on as_of: raises new alerts, keeps those still
 * holding, resolves (as "system") those that no longer hold. Outputs may be NULL.
 * Errors: RG_EINVAL, RG_EIO, RG_EBUSY, RG_ERANGE (as_of), RG_ECORRUPT (damaged database file). */
RG_API RG_NODISCARD rg_status rg_alerts_scan(size_t* out_raised, size_t* out_still_open,
                                             size_t* out_auto_resolved, rg_store* store,
                                             const rg_policy* policy, rg_date as_of);

typedef struct rg_alert_list rg_alert_list;

typedef struct rg_alert_info {
  uint32_t struct_size; /* set by the caller */
  uint8_t kind;         /* RG_ALERT_* kind */
  uint8_t state;        /* RG_ALERT_ACTIVE ..RG_ALERT_RESOLVED */
  uint8_t priority;     /* 1 urgent .. 3 low */
  uint8_t reserved;
  int64_t alert_id;
  int64_t case_id;
  rg_date raised;
  int32_t reserved2;
} rg_alert_info;

/* Lists alerts (state 0 = all, else RG_ALERT_ACTIVE/ACKNOWLEDGED/RESOLVED), urgent first. The
 * caller owns *out_list (rg_alert_list_free). Errors: RG_EINVAL (NULL; state not 0 or an
 * RG_ALERT_ACTIVE..RG_ALERT_RESOLVED value), RG_EIO, RG_EBUSY, RG_ECORRUPT (damaged database
 * file). */
RG_API RG_NODISCARD rg_status rg_alerts_list(rg_alert_list** out_list, rg_store* store,
                                             int32_t state);
/* Number of alerts in a list. Errors: RG_EINVAL. */
RG_API RG_NODISCARD rg_status rg_alert_list_count(size_t* out_count, const rg_alert_list* list);
/* Alert `index` and its English message (NUL-terminated into message; *message_length always
 * set, RG_EBUFFER if too small; message may be NULL to skip). Errors: RG_EINVAL (index out of
 * range), RG_EBUFFER. */
RG_API RG_NODISCARD rg_status rg_alert_list_get(rg_alert_info* out, char* message,
                                                size_t message_capacity, size_t* message_length,
                                                const rg_alert_list* list, size_t index);
/* Frees a list. NULL is ignored. */
RG_API void rg_alert_list_free(rg_alert_list* list);

/* active -> acknowledged, acknowledged -> resolved. Errors: RG_EINVAL (NULL or empty who),
 * RG_ENOTFOUND, RG_ESTATE, RG_ERANGE (when), RG_EIO, RG_EBUSY, RG_ECORRUPT (damaged database
 * file). */
RG_API RG_NODISCARD rg_status rg_alert_acknowledge(rg_store* store, int64_t alert_id, rg_date when,
                                                   const char* who, size_t who_len,
                                                   const char* note, size_t note_len);
RG_API RG_NODISCARD rg_status rg_alert_resolve(rg_store* store, int64_t alert_id, rg_date when,
                                               const char* who, size_t who_len, const char* note,
                                               size_t note_len);

/* The village public notice (zh-CN, UTF-8, NUL-terminated) of a case, with ID number, phone,
 * bank account and health redacted: the village name, household id and member count come from
 * the store, the masked head name (e.g. "张*") from the caller. elimination: 1 for the
 * elimination notice. *out_length always set. Errors: RG_EINVAL, RG_ENOTFOUND, RG_ESTATE (no
 * notice yet), RG_EBUFFER, RG_EIO, RG_EBUSY, RG_ECORRUPT (damaged database file). */
RG_API RG_NODISCARD rg_status rg_case_notice(char* out, size_t out_capacity, size_t* out_length,
                                             rg_store* store, int64_t case_id,
                                             const char* head_name_masked, size_t head_name_len,
                                             uint8_t elimination);

typedef struct rg_case_report {
  uint32_t struct_size; /* set by the caller */
  uint32_t reserved;
  int64_t by_state[14];   /* index RG_CASE_* (0 unused) */
  int64_t by_category[4]; /* cases under monitoring, index RG_CATEGORY_* */
  int64_t by_level[4];    /* cases under monitoring, index RG_LEVEL_* */
  int64_t under_monitoring;
  int64_t with_measure;   /* measure coverage = with_measure / under_monitoring */
  int64_t eliminated;     /* elimination rate = eliminated / (under_monitoring + eliminated) */
  int64_t identified_total;
  int64_t identification_days_sum; /* average = sum / identified_total */
  int64_t overdue_visits;
} rg_case_report;

/* Case counts for reports on as_of. Errors: RG_EINVAL, RG_EIO, RG_ERANGE (as_of), RG_EBUSY,
 * RG_ECORRUPT (damaged database file). */
RG_API RG_NODISCARD rg_status rg_cases_report(rg_case_report* out, rg_store* store,
                                              const rg_policy* policy, rg_date as_of);

/* ---------------------------------------------------------------------------------------------
 * Ledger: double-entry linkage-fund (衔接资金) ledger in whole fen, persisted in a store
 * (docs/ledger.md). Semantics follow TigerBeetle: caller-chosen 128-bit transfer ids make every
 * write idempotent; pending transfers reserve funds and are later posted (fully or partly) or
 * voided; RG_TRANSFER_LINKED chains apply all-or-nothing; corrections are reversals; transfers
 * are never updated or deleted; every committed transfer extends a SHA-256 hash chain.
 *
 * A ledger handle owns the in-memory ledger loaded from one store. Use a ledger handle from one
 * thread at a time; the store must stay open while the ledger handle exists. Only one ledger
 * handle per database file may write (a stale writer gets RG_ECONFLICT and writes nothing).
 * ------------------------------------------------------------------------------------------- */

typedef struct rg_ledger rg_ledger;

/* Fund source levels (rg_account.level). */
#define RG_FUND_CENTRAL 1    /* 中央 */
#define RG_FUND_PROVINCIAL 2 /* 省级 */
#define RG_FUND_MUNICIPAL 3  /* 市级 */
#define RG_FUND_COUNTY 4     /* 县级 */

/* Account kinds (rg_account.kind). */
#define RG_ACCOUNT_KIND_SOURCE 1  /* where a level's money enters the ledger */
#define RG_ACCOUNT_KIND_BUDGET 2  /* a region's allocation for a level and year */
#define RG_ACCOUNT_KIND_PROJECT 3 /* money assigned to one project */
#define RG_ACCOUNT_KIND_PAYEE 4   /* a contractor, cooperative or household that is paid */
#define RG_ACCOUNT_KIND_INCOME 5  /* income from project assets */

/* Account holders (rg_account.holder_kind). */
#define RG_HOLDER_REGION 1  /* holder_id is a 12-digit region code */
#define RG_HOLDER_PROJECT 2 /* holder_id is a project id */
#define RG_HOLDER_PAYEE 3   /* holder_id is the caller's payee number */

/* Account flags (rg_account.flags). */
#define RG_ACCOUNT_DEBITS_MUST_NOT_EXCEED_CREDITS 1u /* no spending beyond what was received */
#define RG_ACCOUNT_CREDITS_MUST_NOT_EXCEED_DEBITS 2u
#define RG_ACCOUNT_CLOSED 4u /* set by rg_ledger_close_account only */

/* Transfer codes (rg_transfer.code). */
#define RG_CODE_ALLOCATE 1     /* 下达 */
#define RG_CODE_DISBURSE 2     /* 支出: needs an approved project */
#define RG_CODE_RETURN 3       /* 收回 */
#define RG_CODE_REALLOCATE 4   /* 调整 */
#define RG_CODE_REVERSAL 5     /* 冲正: ref_id names the transfer corrected */
#define RG_CODE_ASSET_INCOME 6 /* 资产收益 */

/* Transfer flags (rg_transfer.flags). */
#define RG_TRANSFER_LINKED 1u       /* the next transfer belongs to the same all-or-nothing chain */
#define RG_TRANSFER_PENDING 2u      /* reserve only */
#define RG_TRANSFER_POST_PENDING 4u /* post the reservation ref_id (amount <= reserved) */
#define RG_TRANSFER_VOID_PENDING 8u /* release the reservation ref_id (amount = reserved) */

#define RG_TRANSFER_MEMO_MAX 64   /* bytes of UTF-8 in rg_transfer.memo */
#define RG_LEDGER_BATCH_MAX 8192u /* records per create call */

/* An account record (32 bytes). reserved must be zero. */
typedef struct rg_account {
  uint64_t id;          /* non-zero, chosen by the caller */
  uint64_t holder_id;   /* region code, project id or payee number (holder_kind) */
  int32_t fiscal_year;  /* 2000..2099 */
  uint16_t flags;       /* RG_ACCOUNT_* flags */
  uint8_t level;        /* RG_FUND_* */
  uint8_t kind;         /* RG_ACCOUNT_KIND_* */
  uint8_t holder_kind;  /* RG_HOLDER_* */
  uint8_t reserved[7];
} rg_account;

/* A transfer record (136 bytes). */
typedef struct rg_transfer {
  uint64_t id_hi;              /* 128-bit id, high half; the id must not be zero */
  uint64_t id_lo;              /* low half */
  uint64_t ref_id_hi;          /* post/void: the pending transfer; reversal: the original; else 0 */
  uint64_t ref_id_lo;
  uint64_t debit_account_id;
  uint64_t credit_account_id;
  uint64_t project_id;         /* 0 = none; required for RG_CODE_DISBURSE */
  rg_money amount;             /* > 0, whole fen (a multiple of RG_MONEY_UNITS_PER_FEN) */
  rg_date effective_date;      /* 2000-01-01..2099-12-31, inside the accounts' fiscal year + 1 */
  uint16_t code;               /* RG_CODE_* */
  uint16_t flags;              /* RG_TRANSFER_* flags */
  char memo[RG_TRANSFER_MEMO_MAX]; /* UTF-8, padded with NUL bytes; may fill all 64 bytes */
} rg_transfer;

typedef struct rg_balance {
  rg_money debits_pending;
  rg_money debits_posted;
  rg_money credits_pending;
  rg_money credits_posted;
} rg_balance;

/* Per-account results of rg_ledger_create_accounts (values pinned forever). */
#define RG_ACCOUNT_OK 0
#define RG_ACCOUNT_ID_MUST_NOT_BE_ZERO 1
#define RG_ACCOUNT_LEVEL_INVALID 2
#define RG_ACCOUNT_KIND_INVALID 3
#define RG_ACCOUNT_HOLDER_KIND_INVALID 4
#define RG_ACCOUNT_HOLDER_INVALID 5
#define RG_ACCOUNT_FISCAL_YEAR_INVALID 6
#define RG_ACCOUNT_FLAGS_INVALID 7
#define RG_ACCOUNT_EXISTS_WITH_DIFFERENT_LEVEL 8
#define RG_ACCOUNT_EXISTS_WITH_DIFFERENT_FISCAL_YEAR 9
#define RG_ACCOUNT_EXISTS_WITH_DIFFERENT_HOLDER 10
#define RG_ACCOUNT_EXISTS_WITH_DIFFERENT_KIND 11
#define RG_ACCOUNT_EXISTS_WITH_DIFFERENT_FLAGS 12
#define RG_ACCOUNT_EXISTS 13

/* Per-transfer results of rg_ledger_create_transfers, in descending precedence (a transfer
 * reports the first rule it breaks). Values are pinned forever; rg_transfer_result_name gives
 * the name of every value. */
#define RG_TRANSFER_OK 0
#define RG_TRANSFER_LINKED_EVENT_FAILED 1
#define RG_TRANSFER_LINKED_EVENT_CHAIN_OPEN 2
#define RG_TRANSFER_ID_MUST_NOT_BE_ZERO 3
#define RG_TRANSFER_FLAGS_INVALID 4
#define RG_TRANSFER_DEBIT_ACCOUNT_ID_MUST_NOT_BE_ZERO 5
#define RG_TRANSFER_CREDIT_ACCOUNT_ID_MUST_NOT_BE_ZERO 6
#define RG_TRANSFER_ACCOUNTS_MUST_BE_DIFFERENT 7
#define RG_TRANSFER_AMOUNT_MUST_BE_POSITIVE 8
#define RG_TRANSFER_AMOUNT_NOT_WHOLE_FEN 9
#define RG_TRANSFER_CODE_INVALID 10
#define RG_TRANSFER_EFFECTIVE_DATE_OUT_OF_RANGE 11
#define RG_TRANSFER_REF_ID_MUST_BE_ZERO 12
#define RG_TRANSFER_REF_ID_MUST_NOT_BE_ZERO 13
#define RG_TRANSFER_REF_ID_MUST_BE_DIFFERENT 14
#define RG_TRANSFER_PROJECT_ID_REQUIRED 15
#define RG_TRANSFER_EXISTS_WITH_DIFFERENT_FLAGS 16
#define RG_TRANSFER_EXISTS_WITH_DIFFERENT_REF_ID 17
#define RG_TRANSFER_EXISTS_WITH_DIFFERENT_DEBIT_ACCOUNT_ID 18
#define RG_TRANSFER_EXISTS_WITH_DIFFERENT_CREDIT_ACCOUNT_ID 19
#define RG_TRANSFER_EXISTS_WITH_DIFFERENT_AMOUNT 20
#define RG_TRANSFER_EXISTS_WITH_DIFFERENT_CODE 21
#define RG_TRANSFER_EXISTS_WITH_DIFFERENT_EFFECTIVE_DATE 22
#define RG_TRANSFER_EXISTS_WITH_DIFFERENT_PROJECT_ID 23
#define RG_TRANSFER_EXISTS_WITH_DIFFERENT_MEMO 24
#define RG_TRANSFER_EXISTS 25
#define RG_TRANSFER_DEBIT_ACCOUNT_NOT_FOUND 26
#define RG_TRANSFER_CREDIT_ACCOUNT_NOT_FOUND 27
#define RG_TRANSFER_DEBIT_ACCOUNT_CLOSED 28
#define RG_TRANSFER_CREDIT_ACCOUNT_CLOSED 29
#define RG_TRANSFER_EFFECTIVE_DATE_OUTSIDE_FISCAL_YEAR 30
#define RG_TRANSFER_PROJECT_NOT_FOUND 31
#define RG_TRANSFER_PROJECT_NOT_APPROVED 32
#define RG_TRANSFER_PENDING_TRANSFER_NOT_FOUND 33
#define RG_TRANSFER_PENDING_TRANSFER_NOT_PENDING 34
#define RG_TRANSFER_PENDING_TRANSFER_ALREADY_POSTED 35
#define RG_TRANSFER_PENDING_TRANSFER_ALREADY_VOIDED 36
#define RG_TRANSFER_PENDING_TRANSFER_HAS_DIFFERENT_ACCOUNTS 37
#define RG_TRANSFER_PENDING_TRANSFER_HAS_DIFFERENT_CODE 38
#define RG_TRANSFER_PENDING_TRANSFER_HAS_DIFFERENT_PROJECT_ID 39
#define RG_TRANSFER_PENDING_TRANSFER_HAS_DIFFERENT_AMOUNT 40
#define RG_TRANSFER_EXCEEDS_PENDING_TRANSFER_AMOUNT 41
#define RG_TRANSFER_REVERSAL_TARGET_NOT_FOUND 42
#define RG_TRANSFER_REVERSAL_TARGET_NOT_REVERSIBLE 43
#define RG_TRANSFER_REVERSAL_ACCOUNTS_NOT_SWAPPED 44
#define RG_TRANSFER_EXCEEDS_REVERSIBLE_AMOUNT 45
#define RG_TRANSFER_EFFECTIVE_DATE_BEFORE_REFERENCE 46
#define RG_TRANSFER_EXCEEDS_CREDITS 47
#define RG_TRANSFER_EXCEEDS_DEBITS 48
#define RG_TRANSFER_OVERFLOWS_BALANCE 49

/* The name of a transfer result ("exceeds_credits") or account result ("exists"), static
 * text, never NULL; "unknown" for values out of range. */
RG_API const char* rg_transfer_result_name(uint32_t result);
RG_API const char* rg_account_result_name(uint32_t result);

/* Loads the ledger and project library of `store` into a new handle *out_ledger, which the
 * caller releases with rg_ledger_close before closing the store. Loading replays every transfer,
 * so it takes time proportional to the ledger's size.
 * Errors: RG_EINVAL (NULL), RG_ECORRUPT (rows that cannot be replayed, naming the record),
 * RG_EIO, RG_EBUSY. *out_ledger is NULL on error. */
RG_API RG_NODISCARD rg_status rg_ledger_open(rg_ledger** out_ledger, rg_store* store);

/* Frees the handle (the store stays open). NULL is ignored. */
RG_API void rg_ledger_close(rg_ledger* ledger);

/* Creates `count` accounts (at most RG_LEDGER_BATCH_MAX) and writes one RG_ACCOUNT_* result per
 * record to out_results[0..count). New accounts are saved in one transaction.
 * Returns RG_OK when every record got a result (look at the results), otherwise: RG_EINVAL (NULL
 * arrays with count > 0), RG_ELIMIT (count too large), RG_EIO / RG_EBUSY (nothing saved). */
RG_API RG_NODISCARD rg_status rg_ledger_create_accounts(uint32_t* out_results, rg_ledger* ledger,
                                                        const rg_account* accounts, size_t count);

/* Closes an account: no later transfer may debit or credit it. Errors: RG_EINVAL, RG_ENOTFOUND
 * (unknown account), RG_ESTATE (already closed), RG_EIO, RG_EBUSY, RG_ECORRUPT (damaged database
 * file). */
RG_API RG_NODISCARD rg_status rg_ledger_close_account(rg_ledger* ledger, uint64_t account_id);

/* Validates and applies `count` transfers (at most RG_LEDGER_BATCH_MAX), writing one
 * RG_TRANSFER_* result per record to out_results[0..count) and the number committed to
 * *out_committed (may be NULL). The committed transfers, their balances and the new chain head
 * are saved in one IMMEDIATE transaction: after a crash the batch is wholly present or absent.
 * Returns RG_OK when every record got a result, otherwise: RG_EINVAL (NULL arrays with
 * count > 0), RG_ELIMIT, RG_ECONFLICT (another writer changed the file), RG_EIO, RG_EBUSY; then
 * nothing of the batch was committed and out_results is unspecified. */
RG_API RG_NODISCARD rg_status rg_ledger_create_transfers(uint32_t* out_results, size_t* out_committed,
                                                         rg_ledger* ledger,
                                                         const rg_transfer* transfers, size_t count);

/* *out = the account's current balance. Errors: RG_EINVAL, RG_ENOTFOUND. */
RG_API RG_NODISCARD rg_status rg_ledger_balance(rg_balance* out, rg_ledger* ledger,
                                                uint64_t account_id);

/* *out = the balance counting only transfers effective on or before `as_of`.
 * Errors: RG_EINVAL, RG_ENOTFOUND, RG_ERANGE (as_of outside the date range). */
RG_API RG_NODISCARD rg_status rg_ledger_balance_as_of(rg_balance* out, rg_ledger* ledger,
                                                      uint64_t account_id, rg_date as_of);

/* Copies the stored SHA-256 chain head (32 bytes) to out_head and the number of transfers it
 * covers to *out_length (either may be NULL). Errors: RG_EINVAL (ledger NULL), RG_EIO. */
RG_API RG_NODISCARD rg_status rg_ledger_chain_head(uint8_t* out_head, uint64_t* out_length,
                                                   rg_ledger* ledger);

/* Recomputes the hash chain and every balance from the database file. Returns RG_OK when all
 * match; RG_ECORRUPT when not, with *out_first_bad_sequence (may be NULL) set to the first
 * altered transfer record (0 if the records are intact but a balance or the head differs) and
 * rg_last_error_message() naming the record or account. Errors: RG_EINVAL, RG_EIO. */
RG_API RG_NODISCARD rg_status rg_ledger_verify(uint64_t* out_first_bad_sequence, rg_ledger* ledger);

/* A committed transfer with its place in the chain (rg_ledger_history). */
typedef struct rg_history_entry {
  rg_transfer transfer;
  uint64_t sequence; /* 1-based commit order */
  uint8_t is_debit;  /* 1 when the account is the transfer's debit side */
  uint8_t reserved[7];
} rg_history_entry;

/* Writes the transfers touching `account_id` with from <= effective date <= to, in commit order,
 * into out_entries[0..capacity); *out_count = how many there are (at most 100000 per call).
 * Errors: RG_EINVAL, RG_ENOTFOUND (unknown account), RG_ERANGE (dates), RG_EBUFFER (capacity <
 * *out_count; call again with a larger array), RG_ELIMIT (more than RG_HISTORY_MAX entries). */
RG_API RG_NODISCARD rg_status rg_ledger_history(rg_history_entry* out_entries, size_t capacity,
                                                size_t* out_count, rg_ledger* ledger,
                                                uint64_t account_id, rg_date from, rg_date to);

#define RG_TOTALS_BY_LEVEL 1         /* key = RG_FUND_* */
#define RG_TOTALS_BY_YEAR 2          /* key = fiscal year */
#define RG_TOTALS_BY_PROJECT_TYPE 3  /* key = RG_PROJECT_TYPE_* (0 = no project) */
#define RG_TOTALS_BY_REGION_PREFIX 4 /* key = region code cut to prefix_digits digits */

typedef struct rg_totals_row {
  uint64_t key;
  rg_money allocated;
  rg_money disbursed;
} rg_totals_row;

/* Allocated and disbursed totals up to `as_of` grouped by `by` (RG_TOTALS_BY_*), sorted by key;
 * prefix_digits (2, 4, 6, 9 or 12) is used with RG_TOTALS_BY_REGION_PREFIX only.
 * Errors: RG_EINVAL (NULL, unknown `by`, bad prefix_digits), RG_ERANGE, RG_EBUFFER (capacity <
 * *out_count). */
RG_API RG_NODISCARD rg_status rg_ledger_totals(rg_totals_row* out_rows, size_t capacity,
                                               size_t* out_count, rg_ledger* ledger, uint32_t by,
                                               int32_t prefix_digits, rg_date as_of);

/* ---------------------------------------------------------------------------------------------
 * Project library (项目库), kept with the ledger. Disbursements need an approved project.
 * ------------------------------------------------------------------------------------------- */

#define RG_PROJECT_TYPE_INDUSTRY 1            /* 产业发展 */
#define RG_PROJECT_TYPE_EMPLOYMENT 2          /* 就业 */
#define RG_PROJECT_TYPE_THREE_GUARANTEES 3    /* 巩固三保障成果 */
#define RG_PROJECT_TYPE_RURAL_CONSTRUCTION 4  /* 乡村建设行动 (infrastructure) */
#define RG_PROJECT_TYPE_RELOCATION_FOLLOWUP 5 /* 易地搬迁后扶 */
#define RG_PROJECT_TYPE_MANAGEMENT_FEE 6      /* 项目管理费 */
#define RG_PROJECT_TYPE_OTHER 7               /* 其他 */

#define RG_PROJECT_RESERVE 1            /* 储备 */
#define RG_PROJECT_ADMITTED 2           /* 入库 */
#define RG_PROJECT_APPROVED 3           /* 批复 */
#define RG_PROJECT_UNDER_CONSTRUCTION 4 /* 在建 */
#define RG_PROJECT_COMPLETED 5          /* 完工 */
#define RG_PROJECT_ACCEPTED 6           /* 验收 */
#define RG_PROJECT_ASSETS_HANDED_OVER 7 /* 资产移交 */
#define RG_PROJECT_TERMINATED 8         /* 终止 */

typedef struct rg_project {
  uint64_t id;                 /* non-zero */
  uint64_t region;             /* 12-digit region code */
  rg_money planned[4];         /* planned investment by fund level (index RG_FUND_* - 1), whole fen */
  int32_t fiscal_year;         /* 2000..2099 */
  uint8_t type;                /* RG_PROJECT_TYPE_* */
  uint8_t public_notice;       /* 1 when the project is on public notice (公告公示) */
  uint8_t reserved[2];         /* must be 0 */
} rg_project;

/* Adds a project in reserve state, proposed on `proposed`, named by `name` (UTF-8, 1..256 bytes).
 * Errors: RG_EINVAL (NULL, bad field named in the message, type not an RG_PROJECT_TYPE_* value),
 * RG_ERANGE (region code), RG_EPARSE (region), RG_EEXISTS (same project again), RG_ECONFLICT (id
 * taken), RG_EIO, RG_EBUSY, RG_ECORRUPT (damaged database file). */
RG_API RG_NODISCARD rg_status rg_project_add(rg_ledger* ledger, const rg_project* project,
                                             const char* name, size_t name_len, rg_date proposed);

/* Moves a project to `status` (RG_PROJECT_*) on `date`: the next lifecycle step, or terminated
 * before completion. Errors: RG_EINVAL (NULL; status not an RG_PROJECT_RESERVE..
 * RG_PROJECT_TERMINATED value), RG_ENOTFOUND, RG_ESTATE (not allowed from the current state),
 * RG_ERANGE (date before the last transition or invalid), RG_EIO, RG_EBUSY, RG_ECORRUPT (damaged
 * database file). */
RG_API RG_NODISCARD rg_status rg_project_transition(rg_ledger* ledger, uint64_t project_id,
                                                    uint8_t status, rg_date date);

/* *out_status = the project's RG_PROJECT_* state. Errors: RG_EINVAL, RG_ENOTFOUND. */
RG_API RG_NODISCARD rg_status rg_project_status(uint8_t* out_status, rg_ledger* ledger,
                                                uint64_t project_id);

/* Sets (1) or clears (0) the project's public-notice (公告公示) flag. Errors: RG_EINVAL (NULL,
 * on_notice not 0 or 1), RG_ENOTFOUND, RG_EIO, RG_EBUSY, RG_ECORRUPT (damaged database file). */
RG_API RG_NODISCARD rg_status rg_project_set_public_notice(rg_ledger* ledger, uint64_t project_id,
                                                           uint8_t on_notice);

/* ---------------------------------------------------------------------------------------------
 * Fund reports: exact, rounded once when written as text.
 * ------------------------------------------------------------------------------------------- */

/* Disbursement progress (支出进度) of one fund level and fiscal year. */
typedef struct rg_progress_row {
  rg_money allocated;
  rg_money disbursed;
  int32_t fiscal_year;
  uint8_t level;            /* RG_FUND_* */
  uint8_t has_progress;     /* 0 when nothing was allocated */
  uint8_t reserved[2];
  char progress_percent[16]; /* "60.84%": disbursed / allocated, 2 decimals, half up; NUL-terminated */
} rg_progress_row;

/* Writes one row per fund level and fiscal year with money allocated or disbursed up to `as_of`
 * into out_rows[0..capacity), ordered by level then year; *out_count = the number of rows.
 * Errors: RG_EINVAL, RG_ERANGE (as_of), RG_EBUFFER (capacity < *out_count; call again). */
RG_API RG_NODISCARD rg_status rg_ledger_progress(rg_progress_row* out_rows, size_t capacity,
                                                 size_t* out_count, rg_ledger* ledger,
                                                 rg_date as_of);

typedef struct rg_industry_share {
  rg_money industry_disbursed;
  rg_money total_disbursed;
  uint8_t has_share;         /* 0 when nothing was disbursed */
  uint8_t below_required;    /* 1: the warning (share < required, or nothing disbursed) */
  uint8_t reserved[6];
  char share_percent[16];    /* "58.00%", NUL-terminated */
} rg_industry_share;

/* Industry share (产业发展占比) of the year's disbursed funds up to `as_of`, compared with the
 * required share required_numerator / required_denominator (e.g. 55 / 100).
 * Errors: RG_EINVAL (NULL, denominator <= 0), RG_ERANGE (as_of). */
RG_API RG_NODISCARD rg_status rg_ledger_industry_share(rg_industry_share* out, rg_ledger* ledger,
                                                       int32_t fiscal_year,
                                                       int64_t required_numerator,
                                                       int64_t required_denominator,
                                                       rg_date as_of);

/* Project counts and completion rate (完工项目 / 项目总数) for one project type and year. */
typedef struct rg_project_count_row {
  uint64_t projects;   /* not terminated */
  uint64_t completed;  /* completed, accepted or assets handed over */
  uint64_t terminated;
  uint8_t type;        /* RG_PROJECT_TYPE_* */
  uint8_t has_rate;    /* 0 when there are no projects */
  uint8_t reserved[6];
  char completion_percent[16]; /* "5.46%", NUL-terminated */
} rg_project_count_row;

/* One row per project type with projects in `fiscal_year`, ordered by type.
 * Errors: RG_EINVAL, RG_EBUFFER (capacity < *out_count). */
RG_API RG_NODISCARD rg_status rg_ledger_project_counts(rg_project_count_row* out_rows, size_t capacity,
                                                       size_t* out_count, rg_ledger* ledger,
                                                       int32_t fiscal_year);

/* A project whose allocated money has waited (资金等项目). */
typedef struct rg_waiting_funds {
  uint64_t project_id;
  rg_money allocated;   /* net allocated to the project's accounts */
  rg_money disbursed;   /* net disbursed for the project */
  int64_t idle_days;    /* days from `since` to the as-of date */
  rg_date since;        /* last disbursement, or first allocation if none */
  uint8_t reserved[4];
} rg_waiting_funds;

/* Projects with allocated money above their disbursements and no disbursement for at least
 * idle_days_min days before `as_of`, ordered by project id.
 * Errors: RG_EINVAL (NULL, idle_days_min < 0), RG_ERANGE, RG_EBUFFER (capacity < *out_count). */
RG_API RG_NODISCARD rg_status rg_ledger_funds_waiting(rg_waiting_funds* out_rows, size_t capacity,
                                                      size_t* out_count, rg_ledger* ledger,
                                                      rg_date as_of, int32_t idle_days_min);

#define RG_NOTICE_PROJECTS 1      /* projects on public notice */
#define RG_NOTICE_DISBURSEMENTS 2 /* disbursements to those projects */

/* Writes the public-notice CSV (UTF-8, zh-CN headers, every field quoted, CRLF rows) for `which`
 * (RG_NOTICE_*) up to `as_of` into out (capacity bytes, NUL-terminated); *out_length (required)
 * = the text length without the NUL. Errors: RG_EINVAL, RG_ERANGE, RG_EBUFFER (out too small:
 * *out_length tells the size needed; pass out = NULL, capacity = 0 to ask). */
RG_API RG_NODISCARD rg_status rg_ledger_notice_csv(char* out, size_t capacity, size_t* out_length,
                                                   rg_ledger* ledger, uint32_t which,
                                                   rg_date as_of);

/* ---------------------------------------------------------------------------------------------
 * Poverty measures (docs/poverty-measures.md): Foster-Greer-Thorbecke and Alkire-Foster, exact.
 * Results are exact rationals that may not fit 64 bits, so they are written as text: a reduced
 * fraction ("3/8") or a decimal rounded once ("0.3750"). Pure functions: any thread.
 * ------------------------------------------------------------------------------------------- */

/* Flags for rg_measures_fgt and rg_af_input.flags. */
#define RG_MEASURES_AT_OR_BELOW 1u  /* poor/deprived when value <= line (default: strictly below) */
#define RG_MEASURES_UNCAPPED_GAP 2u /* a negative value's normalised gap may exceed 1 (default:
                                       the value counts as 0, so every gap lies in [0, 1]) */
#define RG_MEASURES_ORDINAL 4u      /* Alkire-Foster only: ordinal data; M1 and M2 are "NA" and
                                       cutoffs may be <= 0 */
/* `decimals` value asking for exact reduced fractions instead of decimal text. */
#define RG_MEASURES_FRACTION (-1)
/* Named bounds; beyond them a call returns RG_ELIMIT. */
#define RG_FGT_ENTRIES_MAX 10000000u
#define RG_FGT_ALPHA_MAX 16
#define RG_AF_PEOPLE_MAX 1000000u
#define RG_AF_INDICATORS_MAX 64u

/* Writes the FGT index P_alpha = (1/N) sum over poor i of w_i ((line - y_i) / line)^alpha,
 * N = sum of w_i, for `count` per-capita incomes. `weights` may be NULL (each weighs 1) or hold
 * `count` positive integers (e.g. household sizes). alpha 0 is the headcount ratio, 1 the poverty
 * gap, 2 the severity index; alpha is 0..RG_FGT_ALPHA_MAX. The text goes into `out` (capacity
 * `out_capacity` including the NUL): a reduced fraction when decimals is RG_MEASURES_FRACTION,
 * else a decimal with `decimals` (0..18) places rounded once by `rounding` (RG_ROUND_*).
 * *out_length (required) always receives the text length without the NUL, also on RG_EBUFFER, so
 * a first call with out_capacity 0 sizes the buffer. The caller owns every array.
 * Errors: RG_EINVAL (NULL incomes/out_length, count 0, weight <= 0, line <= 0, alpha, decimals,
 * rounding or flags out of range), RG_ELIMIT (count above RG_FGT_ENTRIES_MAX), RG_EBUFFER. */
RG_API RG_NODISCARD rg_status rg_measures_fgt(char* out, size_t out_capacity, size_t* out_length,
                                              const rg_money* incomes, const int64_t* weights,
                                              size_t count, rg_money line, int32_t alpha,
                                              uint32_t flags, int32_t decimals, int32_t rounding);

/* An Alkire-Foster problem. Achievements and cutoffs are scaled integers sharing one positive
 * `denominator`: value = achievement / denominator (13.1 is 131 with denominator 10). */
typedef struct rg_af_input {
  uint32_t struct_size;          /* sizeof(rg_af_input) */
  uint32_t flags;                /* RG_MEASURES_* */
  size_t people;                 /* rows: 1..RG_AF_PEOPLE_MAX */
  size_t indicators;             /* columns: 1..RG_AF_INDICATORS_MAX */
  const int64_t* achievements;   /* people * indicators values, row-major (person 0 first) */
  const int64_t* cutoffs;        /* indicators values z_j, same scale */
  int64_t denominator;           /* > 0 */
  const int64_t* weights;        /* indicators relative weights > 0, normalised by their sum
                                    (1,1,1,1 means 1/4 each); NULL: equal weights */
  const int64_t* person_weights; /* people sampling weights > 0; NULL: 1 each */
  int64_t k_numerator;           /* poverty cutoff k = k_numerator / k_denominator in (0, 1] */
  int64_t k_denominator;
} rg_af_input;

/* Sets struct_size, equal weights, no person weights, k = 1/2 and zeroes everything else. */
RG_API void rg_af_input_init(rg_af_input* input);

/* Computes H (headcount ratio), A (intensity), M0 = H * A (adjusted headcount), M1 (adjusted
 * poverty gap) and M2 (adjusted squared gap) and writes them into `out` in that order separated
 * by single spaces, e.g. "1/2 3/4 3/8 171/832 21475/129792", each formatted as rg_measures_fgt
 * does (`decimals`, `rounding`). With RG_MEASURES_ORDINAL, M1 and M2 are written as "NA".
 * A person is deprived in indicator j when achievement < cutoff (<= with RG_MEASURES_AT_OR_BELOW)
 * and poor when the weighted share of deprivations is >= k. *out_length (required) always
 * receives the text length, also on RG_EBUFFER. The caller owns `input` and its arrays.
 * Errors: RG_EINVAL (NULL input/achievements/cutoffs/out_length, bad struct_size, people or
 * indicators 0, denominator, weight, person weight or cutoff (cardinal data) <= 0, k outside
 * (0, 1], unknown flags, decimals or rounding out of range), RG_ELIMIT (people or indicators above
 * their maximum), RG_EBUFFER. */
RG_API RG_NODISCARD rg_status rg_measures_alkire_foster(char* out, size_t out_capacity,
                                                        size_t* out_length,
                                                        const rg_af_input* input,
                                                        int32_t decimals, int32_t rounding);

/* The Alkire-Foster measures with their breakdowns, as one JSON object written into `out`:
 *   {"total": M, "subgroups": [{"group": g, "population_share": s, "contribution": c,
 *                               "measures": M}, ...]}
 * where each M is {"H", "A", "M0", "M1", "M2" (null with RG_MEASURES_ORDINAL),
 * "uncensored_headcount": [one per indicator: share deprived in it],
 * "censored_headcount": [one per indicator: share poor and deprived in it],
 * "indicator_contribution": [one per indicator: w_j * censored_headcount_j / M0; they sum to 1,
 * all 0 when M0 is 0]}. Every figure is a JSON string formatted as rg_measures_fgt does
 * (`decimals`, `rounding`); "group" is a JSON integer. `group_of_person` is NULL (no
 * decomposition: "subgroups" is []) or holds input->people group ids (any int64: a region code, a
 * household type, ...); subgroups come in ascending id order, each with its population share
 * (weighted people in the group / all weighted people), its contribution to the total M0
 * (population_share * group M0 / total M0; 0 when the total M0 is 0) and its own measures.
 * Population-weighted group M0, M1 and M2 sum exactly to the totals. *out_length (required) always
 * receives the text length, also on RG_EBUFFER. The caller owns `input`, its arrays and
 * `group_of_person`. Pure function: any thread.
 * Errors: as rg_measures_alkire_foster. */
RG_API RG_NODISCARD rg_status rg_measures_alkire_foster_detail(char* out, size_t out_capacity,
                                                               size_t* out_length,
                                                               const rg_af_input* input,
                                                               const int64_t* group_of_person,
                                                               int32_t decimals, int32_t rounding);

/* ---------------------------------------------------------------------------------------------
 * Households, members and income statements (docs/households.md), CSV import and export
 * (docs/csv-format.md), data-quality rules (docs/data-quality.md), the synthetic county and the
 * columnar load that feeds batch scoring.
 * Every function here takes an rg_store handle and follows the store's thread rule: one thread
 * at a time per handle.
 * ------------------------------------------------------------------------------------------- */

/* Write transactions. Outside a transaction every write commits on its own (slow); batches
 * belong inside rg_store_begin ... rg_store_commit (BEGIN IMMEDIATE: all or nothing).
 * Errors: RG_EINVAL (NULL), RG_ESTATE (begin with a transaction open; commit or rollback
 * without one), RG_EBUSY (another connection holds the write lock past busy_timeout_ms),
 * RG_EIO, RG_ECORRUPT (damaged database file). */
RG_API RG_NODISCARD rg_status rg_store_begin(rg_store* store);
RG_API RG_NODISCARD rg_status rg_store_commit(rg_store* store);
RG_API RG_NODISCARD rg_status rg_store_rollback(rg_store* store);

/* ID numbers are stored as HMAC-SHA256 under a 32-byte per-store key kept outside the database
 * (docs/households.md). By default the key lives in "<database path>.idkey" (created on first
 * use, mode 0600); this call supplies it instead. Call it before the first member is written or
 * looked up through this handle. The key bytes are copied.
 * Errors: RG_EINVAL (NULL, key_len != RG_ID_KEY_BYTES), RG_ECONFLICT (the database was written
 * under another key), RG_EIO, RG_ECORRUPT (damaged database file). */
#define RG_ID_KEY_BYTES 32u
RG_API RG_NODISCARD rg_status rg_store_set_id_key(rg_store* store, const uint8_t* key, size_t key_len);

/* Text fields of the records below are fixed NUL-terminated arrays: no ownership questions. */
#define RG_HOUSEHOLD_ID_MAX 64u /* bytes of a household or person id */
#define RG_PHONE_MAX 32u
#define RG_ID_NUMBER_MAX 32u
#define RG_REGION_NAME_MAX 200u
#define RG_HOUSEHOLD_MEMBERS_MAX 50u /* members of one household; one more is RG_ELIMIT */

/* Key-assistance levels of a region (rg_households_put_region's key_assist). */
#define RG_KEY_ASSIST_NONE 0
#define RG_KEY_ASSIST_NATIONAL 1   /* 国家乡村振兴重点帮扶县 */
#define RG_KEY_ASSIST_PROVINCIAL 2 /* 省级重点帮扶 */
#define RG_KEY_ASSIST_CITY 3       /* 市级重点帮扶 */

/* Inserts or updates a region by code (level and parent are derived from the code). key_assist: 0
 * none, 1 national, 2 provincial, 3 city. Flags are 0 or 1. Errors: RG_EINVAL (NULL store, NULL
 * name with a length, flag not 0 or 1, key_assist not an RG_KEY_ASSIST_* value), RG_ERANGE or
 * RG_EPARSE (invalid code), RG_ELIMIT (name longer than RG_REGION_NAME_MAX), RG_EIO, RG_EBUSY,
 * RG_ECORRUPT (damaged database file). */
RG_API RG_NODISCARD rg_status rg_households_put_region(rg_store* store, uint64_t code, const char* name,
                                                       size_t name_len, uint8_t former_poverty_county,
                                                       uint8_t key_assist, uint8_t relocation_site);

typedef struct rg_household_record {
  uint32_t struct_size;  /* sizeof(rg_household_record) */
  uint8_t type;          /* RG_HOUSEHOLD_* (defined in the risk section) */
  uint8_t relocated;     /* 易地扶贫搬迁户 */
  uint8_t unsafe_house;  /* 危房户 */
  uint8_t house_damaged; /* 住房损毁 */
  uint8_t water_safe;    /* 解决安全饮用水 */
  uint8_t electricity;   /* 通生活用电 */
  uint8_t road_paved;    /* 入户道路硬化 */
  uint8_t reserved;      /* 0 */
  uint64_t region_code;  /* 12-digit code of a region already in the store */
  int64_t arable_centimu;        /* land areas in 1/100 mu */
  int64_t forest_centimu;
  int64_t grain_to_green_centimu;
  int64_t orchard_centimu;
  int64_t pasture_centimu;
  int64_t water_centimu;
  int64_t housing_area_centim2;  /* 1/100 m² */
  char household_id[RG_HOUSEHOLD_ID_MAX + 1]; /* 户编号, NUL-terminated, 1..64 bytes */
  char phone[RG_PHONE_MAX + 1];               /* NUL-terminated, may be empty */
} rg_household_record;

/* Zeroes *record, sets struct_size, type ordinary, water_safe, electricity and road_paved 1. */
RG_API void rg_household_record_init(rg_household_record* record);

/* Inserts or updates the household with record->household_id. Errors: RG_EINVAL (NULL, bad
 * struct_size, an id or phone not NUL-terminated within its array, a type not an RG_HOUSEHOLD_*
 * value, a flag not 0 or 1), RG_ENOTFOUND (region not in the store), RG_ELIMIT (empty id),
 * RG_ERANGE or RG_EPARSE (invalid region code), RG_EIO, RG_EBUSY, RG_ECORRUPT (damaged database
 * file). */
RG_API RG_NODISCARD rg_status rg_households_put(rg_store* store, const rg_household_record* record);

/* Reads the household `household_id` into *out (out->struct_size set by the caller). Errors:
 * RG_EINVAL, RG_ENOTFOUND, RG_ELIMIT (household_id longer than RG_HOUSEHOLD_ID_MAX), RG_EIO,
 * RG_EBUSY, RG_ECORRUPT (damaged database file). *out is unchanged on error. */
RG_API RG_NODISCARD rg_status rg_households_get(rg_household_record* out, rg_store* store,
                                                const char* household_id, size_t household_id_len);

/* Member codes (values as in docs/csv-format.md): relation 1 head .. 9 other; sex 1 male,
 * 2 female; education 0..6; school_status 0 not in school, 1 pre-school, 2 compulsory,
 * 3 high school, 4 higher, 5 dropout, 6 home teaching; health 1 healthy, 2 chronic, 3 serious
 * illness, 4 disabled; labour 1 skilled, 2 ordinary, 3 weak, 4 lost, 5 none; status 1 active,
 * 2 naturally decreased (自然减少). id_status: 0 valid, 1 bad format, 2 bad check digit,
 * 3 missing. The same codes as macros: */
#define RG_RELATION_HEAD 1
#define RG_RELATION_SPOUSE 2
#define RG_RELATION_CHILD 3
#define RG_RELATION_PARENT 4
#define RG_RELATION_GRANDCHILD 5
#define RG_RELATION_SIBLING 6
#define RG_RELATION_CHILD_IN_LAW 7
#define RG_RELATION_OTHER 9 /* 8 is not a relation */
#define RG_SEX_MALE 1
#define RG_SEX_FEMALE 2
#define RG_EDUCATION_NONE 0
#define RG_EDUCATION_PRESCHOOL 1
#define RG_EDUCATION_PRIMARY 2
#define RG_EDUCATION_JUNIOR_HIGH 3
#define RG_EDUCATION_SENIOR_HIGH 4
#define RG_EDUCATION_VOCATIONAL 5
#define RG_EDUCATION_COLLEGE 6
#define RG_SCHOOL_NOT_IN_SCHOOL 0
#define RG_SCHOOL_PRESCHOOL 1
#define RG_SCHOOL_COMPULSORY 2
#define RG_SCHOOL_HIGH_SCHOOL 3
#define RG_SCHOOL_HIGHER 4
#define RG_SCHOOL_DROPOUT 5
#define RG_SCHOOL_HOME_TEACHING 6
#define RG_HEALTH_HEALTHY 1
#define RG_HEALTH_CHRONIC 2
#define RG_HEALTH_SERIOUS_ILLNESS 3
#define RG_HEALTH_DISABLED 4
#define RG_LABOUR_SKILLED 1
#define RG_LABOUR_ORDINARY 2
#define RG_LABOUR_WEAK 3
#define RG_LABOUR_LOST 4
#define RG_LABOUR_NONE 5
#define RG_MEMBER_ACTIVE 1
#define RG_MEMBER_NATURAL_DECREASE 2
#define RG_DISABILITY_GRADE_MAX 4

typedef struct rg_member_record {
  uint32_t struct_size; /* sizeof(rg_member_record) */
  uint8_t relation;
  uint8_t sex;
  uint8_t education;
  uint8_t school_status;
  uint8_t health;
  uint8_t disability_grade; /* 0..4 */
  uint8_t labour;
  uint8_t medical_resident; /* 城乡居民基本医疗保险 */
  uint8_t medical_employee; /* 职工基本医疗保险 */
  uint8_t critical_illness;
  uint8_t pension;
  uint8_t dibao;
  uint8_t tekun;
  uint8_t status;
  uint8_t id_status;        /* out only */
  uint8_t reserved;         /* 0 */
  rg_date birth_date;
  char person_id[RG_HOUSEHOLD_ID_MAX + 1];
  char household_id[RG_HOUSEHOLD_ID_MAX + 1];
  /* In: the clear ID number (hashed and masked by the library; may be empty). Out: always the
   * masked form "5001*************X"; the clear number is never returned. */
  char id_number[RG_ID_NUMBER_MAX + 1];
} rg_member_record;

/* Zeroes *record, sets struct_size, relation other, sex male, health healthy, labour ordinary,
 * status active and birth_date 1970-01-01. */
RG_API void rg_member_record_init(rg_member_record* record);

/* Inserts or updates the member record->person_id of household record->household_id. The ID number
 * is stored only as its keyed hash and masked form. Errors: RG_EINVAL (NULL, bad struct_size,
 * unterminated text, a code outside its RG_* values), RG_ENOTFOUND (household not in the store),
 * RG_ELIMIT (empty person id), RG_ERANGE (bad date), RG_EIO, RG_EBUSY, RG_ECORRUPT (damaged
 * database file). */
RG_API RG_NODISCARD rg_status rg_members_put(rg_store* store, const rg_member_record* record);

/* Reads a member by person id, or by clear ID number (hashed before the lookup; the first member
 * stored with that number). Errors: RG_EINVAL, RG_ENOTFOUND, RG_ELIMIT (a key longer than
 * RG_HOUSEHOLD_ID_MAX / RG_ID_NUMBER_MAX), RG_EIO, RG_EBUSY, RG_ECORRUPT (damaged database
 * file). */
RG_API RG_NODISCARD rg_status rg_members_get(rg_member_record* out, rg_store* store,
                                             const char* person_id, size_t person_id_len);
RG_API RG_NODISCARD rg_status rg_members_find_by_id_number(rg_member_record* out, rg_store* store,
                                                           const char* id_number, size_t id_number_len);

/* Writes the members of one household (insertion order) into out[0..capacity); each out[i] must
 * have struct_size set. *out_count receives the number of members, also on RG_EBUFFER. Errors:
 * RG_EINVAL (NULL out_count/store/household_id, NULL out with capacity), RG_EBUFFER (capacity too
 * small: nothing written), RG_ENOTFOUND (no such household), RG_ELIMIT (household_id longer than
 * RG_HOUSEHOLD_ID_MAX), RG_EIO, RG_EBUSY, RG_ECORRUPT (damaged database file). */
RG_API RG_NODISCARD rg_status rg_members_list(rg_member_record* out, size_t capacity, size_t* out_count,
                                              rg_store* store, const char* household_id,
                                              size_t household_id_len);

/* Transfer items (转移性收入), indexes of rg_income_record.transfers: see docs/households.md. */
#define RG_TRANSFER_PENSION 0
#define RG_TRANSFER_DIBAO 1
#define RG_TRANSFER_TEKUN 2
#define RG_TRANSFER_FARMLAND_SUBSIDY 3
#define RG_TRANSFER_GRAIN_TO_GREEN 4
#define RG_TRANSFER_ECO_COMPENSATION 5
#define RG_TRANSFER_RECURRING_GIFT 6
#define RG_TRANSFER_SUPPORT_PAYMENT 7
#define RG_TRANSFER_CONDOLENCE 8
#define RG_TRANSFER_TEMPORARY_AID 9
#define RG_TRANSFER_ONE_OFF_RELIEF 10
#define RG_TRANSFER_RELOCATION_SUBSIDY 11
#define RG_TRANSFER_HOUSING_RENOVATION 12
#define RG_TRANSFER_PEN_RENOVATION 13
#define RG_TRANSFER_MEDICAL_REIMBURSEMENT 14
#define RG_TRANSFER_STUDENT_AID 15
#define RG_TRANSFER_OTHER 16
#define RG_TRANSFER_ITEMS 17
/* Income statement kinds. */
#define RG_INCOME_IDENTIFICATION 1
#define RG_INCOME_ANNUAL 2
#define RG_INCOME_POST_ELIMINATION 3

typedef struct rg_income_record {
  uint32_t struct_size; /* sizeof(rg_income_record) */
  uint8_t kind;         /* RG_INCOME_* */
  uint8_t reserved[3];  /* 0 */
  int32_t family_size;  /* >= 1 */
  rg_date period_start;
  rg_date period_end;
  int32_t reserved2;    /* 0 */
  rg_money wage;
  rg_money business_income;
  rg_money business_cost;
  rg_money property;
  rg_money transfers[RG_TRANSFER_ITEMS];
  rg_money insurance_payout; /* 理赔收入: kept beside the formula */
  rg_money oop_medical;      /* 合规自付医疗 */
  rg_money oop_education;    /* 合规自付教育 */
  char household_id[RG_HOUSEHOLD_ID_MAX + 1];
} rg_income_record;

/* Zeroes *record and sets struct_size and kind annual. */
RG_API void rg_income_record_init(rg_income_record* record);

/* Inserts or replaces the statement (household, kind, period_start).
 * Errors: RG_EINVAL, RG_ENOTFOUND (household), RG_ERANGE (family_size < 1, period_end before
 * period_start, bad dates), RG_EIO, RG_EBUSY, RG_ECORRUPT (damaged database file). */
RG_API RG_NODISCARD rg_status rg_income_put(rg_store* store, const rg_income_record* record);

/* Per-capita net income (人均纯收入) of a statement: (wage + business_income - business_cost +
 * property + counted transfers) / family_size, exact, rounded once to whole fen half-up.
 * `counted` has RG_TRANSFER_ITEMS flags (1 = the item counts) or is NULL for the built-in
 * defaults (docs/households.md). *out_net_income may be NULL.
 * Errors: RG_EINVAL (NULL out/record), RG_ERANGE (family_size < 1), RG_EOVERFLOW. */
RG_API RG_NODISCARD rg_status rg_income_compute(rg_money* out_per_capita, rg_money* out_net_income,
                                                const rg_income_record* record, const uint8_t* counted);

/* Row counts; each output may be NULL (at least one must not be). Errors: RG_EINVAL, RG_EIO,
 * RG_EBUSY, RG_ECORRUPT (damaged database file). */
RG_API RG_NODISCARD rg_status rg_households_count(int64_t* out_regions, int64_t* out_households,
                                                  int64_t* out_members, int64_t* out_income,
                                                  rg_store* store);

/* The four CSV files of docs/csv-format.md (UTF-8 paths; a NULL path skips the entity). */
typedef struct rg_csv_files {
  uint32_t struct_size; /* sizeof(rg_csv_files) */
  uint32_t reserved;    /* 0 */
  const char* regions;
  size_t regions_len;
  const char* households;
  size_t households_len;
  const char* members;
  size_t members_len;
  const char* income;
  size_t income_len;
} rg_csv_files;

/* One import error, valid only during the callback. */
typedef struct rg_csv_error {
  int64_t line;            /* 1-based line where the record starts (1 = header) */
  int32_t column;          /* 1-based field position, 0 = the whole row or file */
  int32_t reserved;
  const char* file;        /* NUL-terminated */
  const char* column_name; /* header name as written ("" if none) */
  const char* rule;        /* "csv.money", "DQ002", ... */
  const char* message;     /* English, names the record and the value */
} rg_csv_error;
/* Called for every error, in file order. It must return normally (no longjmp). */
typedef void (*rg_csv_error_fn)(void* context, const rg_csv_error* error);

/* Limits of the import (docs/csv-format.md): a file larger than RG_CSV_FILE_BYTES_MAX, a physical
 * line longer than RG_CSV_LINE_BYTES_MAX or a field longer than RG_CSV_FIELD_BYTES_MAX is an
 * error naming the file and line (rules csv.file_size, csv.quotes). */
#define RG_CSV_FILE_BYTES_MAX 17179869184ull /* 16 GiB */
#define RG_CSV_LINE_BYTES_MAX 4194304u      /* 4 MiB */
#define RG_CSV_FIELD_BYTES_MAX 1048576u     /* 1 MiB */

#define RG_CSV_ALL_OR_NOTHING 0
#define RG_CSV_COMMIT_VALID_ROWS 1

typedef struct rg_csv_import_options {
  uint32_t struct_size;   /* sizeof(rg_csv_import_options) */
  uint8_t mode;           /* RG_CSV_* */
  uint8_t reserved[3];    /* 0 */
  rg_date as_of;          /* date for the age-dependent member rules */
  int32_t reserved2;      /* 0 */
  const char* rejects_dir; /* RG_CSV_COMMIT_VALID_ROWS: where rejects go (NULL: beside inputs) */
  size_t rejects_dir_len;
  rg_csv_error_fn on_error; /* may be NULL */
  void* context;            /* passed to on_error */
} rg_csv_import_options;

/* Defaults: all or nothing, as_of 2024-12-31, no callback. */
RG_API void rg_csv_import_options_init(rg_csv_import_options* options);

/* Counts per entity: index 0 regions, 1 households, 2 members, 3 income. */
typedef struct rg_csv_import_result {
  uint32_t struct_size; /* set by the caller: sizeof(rg_csv_import_result) */
  uint8_t committed;
  uint8_t reserved[3];
  int64_t rows[4];
  int64_t imported[4];
  int64_t rejected[4];
  int64_t errors_total;
  int64_t warnings_total; /* warning-severity member findings (not errors) */
} rg_csv_import_result;

/* Imports the files in one IMMEDIATE transaction (docs/csv-format.md). In all-or-nothing mode any
 * row error rolls everything back (the database file is unchanged) and the call returns RG_EPARSE
 * with the first error as the message; in commit-valid-rows mode the valid rows are committed, the
 * others go to "<file>.rejects.csv", and the call returns RG_OK. *out (may be NULL) is filled in
 * both cases. options may be NULL for the defaults. Errors: RG_EINVAL (NULL store/files, struct
 * sizes), RG_EIO (a file cannot be read, a rejects file written), RG_ESTATE (a transaction is open
 * on the handle), RG_EBUSY, RG_EPARSE, RG_ERANGE (as_of), RG_ECORRUPT (damaged database file). */
RG_API RG_NODISCARD rg_status rg_households_import_csv(rg_csv_import_result* out, rg_store* store,
                                                       const rg_csv_files* files,
                                                       const rg_csv_import_options* options);

/* Writes every row in the import format, English headers, ID numbers masked. Errors: RG_EINVAL,
 * RG_EIO, RG_EBUSY, RG_ECORRUPT (damaged database file). */
RG_API RG_NODISCARD rg_status rg_households_export_csv(rg_store* store, const rg_csv_files* files);

/* Data-quality rules: ids 1..RG_DQ_RULES (DQ001..DQ011), severity 1 error, 2 warning. */
#define RG_DQ_RULES 11
#define RG_DQ_ERROR 1
#define RG_DQ_WARNING 2

/* The rule's code ("DQ002"), key, severity and titles: static NUL-terminated text, never freed.
 * Outputs may be NULL. Errors: RG_ENOTFOUND (no such rule). */
RG_API RG_NODISCARD rg_status rg_dq_rule_info(const char** out_code, const char** out_key,
                                              uint8_t* out_severity, const char** out_title_en,
                                              const char** out_title_zh, uint16_t rule);

/* One finding, valid only during the callback; ID numbers appear masked only. */
typedef struct rg_dq_finding {
  uint16_t rule;     /* 1..RG_DQ_RULES */
  uint8_t severity;  /* RG_DQ_ERROR or RG_DQ_WARNING */
  uint8_t reserved;
  const char* household_id;
  const char* person_id; /* "" for household-level findings */
  const char* field;
  const char* value;
  const char* message_en;
  const char* message_zh;
} rg_dq_finding;
typedef void (*rg_dq_finding_fn)(void* context, const rg_dq_finding* finding);

/* Runs every rule over the whole store on `as_of` with the default income item policies.
 * out_counts (may be NULL) receives RG_DQ_RULES + 1 counts indexed by rule id (slot 0 unused);
 * *out_total (may be NULL) the number of findings; on_finding (may be NULL) is called for each of
 * the first `findings_max` findings. Read-only. Errors: RG_EINVAL, RG_ERANGE (as_of), RG_EIO,
 * RG_EBUSY, RG_ECORRUPT (damaged database file). */
RG_API RG_NODISCARD rg_status rg_households_validate(int64_t* out_counts, int64_t* out_total,
                                                     rg_store* store, rg_date as_of,
                                                     rg_dq_finding_fn on_finding, void* context,
                                                     size_t findings_max);

/* The deterministic synthetic county (docs/households.md): same options, same county. */
typedef struct rg_synthetic_county_options {
  uint32_t struct_size;     /* sizeof(rg_synthetic_county_options) */
  int32_t townships;        /* default 13 */
  uint64_t seed;
  int64_t households;       /* default 100000, at most 20,000,000 */
  uint64_t county_code;     /* a county-level code, default 500230000000 */
  int32_t villages;         /* default 300 */
  int32_t formerly_poor_permille; /* default 70 */
  int32_t monitored_permille;     /* default 5 */
  int32_t error_permille;         /* default 0: records with one deliberate data error */
  int32_t income_year;            /* default 2024 */
  int32_t reserved;               /* 0 */
} rg_synthetic_county_options;

typedef struct rg_synthetic_county_summary {
  uint32_t struct_size; /* set by the caller */
  uint32_t reserved;
  int64_t regions;
  int64_t households;
  int64_t members;
  int64_t income_statements;
  int64_t formerly_poor;
  int64_t monitored_profile;
  int64_t injected_errors;
} rg_synthetic_county_summary;

RG_API void rg_synthetic_county_options_init(rg_synthetic_county_options* options);

/* Writes the county into the store in one transaction (no transaction may be open), or into the
 * CSV files. *out (may be NULL) receives the summary. Errors: RG_EINVAL (NULL, struct sizes, an
 * option out of range), RG_ESTATE, RG_EBUSY, RG_EIO, RG_ECORRUPT (damaged database file). */
RG_API RG_NODISCARD rg_status rg_synthetic_county_generate(rg_synthetic_county_summary* out,
                                                           rg_store* store,
                                                           const rg_synthetic_county_options* options);
RG_API RG_NODISCARD rg_status rg_synthetic_county_write_csv(rg_synthetic_county_summary* out,
                                                            const rg_csv_files* files,
                                                            const rg_synthetic_county_options* options);

/* Columnar load for batch scoring: one row per household (row-key order), library-owned arrays.
 * The columns from region_code to events mirror rg_household_columns of the risk section
 * field for field (same names, element types and meaning), so a caller copies the pointers
 * across and calls rg_risk_assess_batch without copying data. */
typedef struct rg_household_table rg_household_table;

typedef struct rg_household_table_view {
  uint32_t struct_size; /* set by the caller: sizeof(rg_household_table_view) */
  uint32_t reserved;
  size_t count;
  const uint64_t* region_code;
  const uint8_t* kind;                         /* RG_HOUSEHOLD_* */
  const rg_money* per_capita_income;           /* latest statement ending on or before as_of; 0 if none */
  const rg_money* previous_per_capita_income;  /* the one before it, or INT64_MIN (unknown) */
  const rg_money* net_income;
  const rg_money* medical_out_of_pocket;
  const rg_money* education_out_of_pocket;
  const rg_date* income_period_end;            /* INT32_MIN when the household has no statement */
  const int32_t* members;                      /* active members */
  const int32_t* labour_capable;               /* skilled or ordinary labour */
  const int32_t* weak_labour;
  const int32_t* seriously_ill;
  const int32_t* chronically_ill;
  const int32_t* disabled;
  const uint8_t* guarantee_failures;           /* bits 1 school, 2 uninsured, 4 house, 8 water */
  const uint16_t* events;                      /* RG_EVENT_* bits of the events dated within the 12
                                                  months before as_of (rg_household_events_record) */
  /* Beyond the risk input: */
  const int64_t* household_key;                /* row key, for rg_household_table_household_id */
  const uint8_t* has_income;
  const uint8_t* relocated;
  const int32_t* elderly;                      /* active members aged 65+ on as_of */
  const int32_t* school_age;                   /* active members of compulsory school age */
} rg_household_table_view;

/* Loads the households whose region lies within `region_prefix` (2, 4, 6, 9 or 12 digits; NULL or
 * empty = all) as of `as_of`, with the default income item policies. The caller owns *out_table
 * (rg_household_table_free); it does not depend on the store afterwards. Errors: RG_EINVAL (NULL),
 * RG_EPARSE (bad prefix), RG_ERANGE (as_of), RG_EIO, RG_ENOMEM, RG_EBUSY, RG_ECORRUPT (damaged
 * database file). */
RG_API RG_NODISCARD rg_status rg_household_table_load(rg_household_table** out_table, rg_store* store,
                                                      rg_date as_of, const char* region_prefix,
                                                      size_t region_prefix_len);

/* Fills *out with pointers into the table (valid until rg_household_table_free). Only the
 * fields that fit in out->struct_size are written. Errors: RG_EINVAL (NULL, struct_size smaller
 * than the first version). Thread-safe for concurrent readers of one table. */
RG_API RG_NODISCARD rg_status rg_household_table_view_get(rg_household_table_view* out,
                                                          const rg_household_table* table);

/* Writes the household id of row `row` (NUL-terminated) into out. Errors: RG_EINVAL,
 * RG_ERANGE (row >= count), RG_EBUFFER (out_capacity below the id's length plus its NUL;
 * RG_HOUSEHOLD_ID_MAX + 1 bytes always suffice). */
RG_API RG_NODISCARD rg_status rg_household_table_household_id(char* out, size_t out_capacity,
                                                              const rg_household_table* table,
                                                              size_t row);

/* Frees a table. NULL is ignored. */
RG_API void rg_household_table_free(rg_household_table* table);

/* ---------------------------------------------------------------------------------------------
 * Project assets (扶贫项目资产; docs/assets.md): capitalisation of completed projects, the
 * lifecycle registered -> ownership confirmed -> handed over -> operating <-> idle / damaged ->
 * disposal pending -> disposed (every change an event), income distribution plans paid through
 * the ledger, risk warnings, reconciliation and reports.
 *
 * An assets handle works on a ledger handle's store, ledger and project library: open it after
 * the ledger handle and close it before. Each writing call validates first and saves its rows in
 * one IMMEDIATE transaction; a call that fails writes nothing. Use a handle from one thread at a
 * time.
 * ------------------------------------------------------------------------------------------- */

typedef struct rg_assets rg_assets;

#define RG_ASSET_CLASS_OPERATING 1      /* 经营性 */
#define RG_ASSET_CLASS_PUBLIC_WELFARE 2 /* 公益性 */
#define RG_ASSET_CLASS_HOUSEHOLD 3      /* 到户类 */

/* Subtypes; each fits some classes (operating 1-5, 14; public welfare 6-12; household 13, 14;
 * 15 any). */
#define RG_ASSET_SUBTYPE_PHOTOVOLTAIC 1     /* 光伏电站 */
#define RG_ASSET_SUBTYPE_FARMING_BASE 2     /* 种养殖基地 */
#define RG_ASSET_SUBTYPE_PROCESSING 3       /* 加工设施 */
#define RG_ASSET_SUBTYPE_TOURISM_COMMERCE 4 /* 旅游、电商设施 */
#define RG_ASSET_SUBTYPE_EQUITY 5           /* 股权 */
#define RG_ASSET_SUBTYPE_ROAD 6             /* 道路 */
#define RG_ASSET_SUBTYPE_IRRIGATION 7       /* 农田水利 */
#define RG_ASSET_SUBTYPE_WATER_SUPPLY 8     /* 供水 */
#define RG_ASSET_SUBTYPE_SANITATION 9       /* 环卫、厕所 */
#define RG_ASSET_SUBTYPE_PUBLIC_SERVICE 10  /* 教育、文化、体育、卫生 */
#define RG_ASSET_SUBTYPE_POWER 11           /* 电力 */
#define RG_ASSET_SUBTYPE_SERVICE_CENTRE 12  /* 服务中心 */
#define RG_ASSET_SUBTYPE_LIVESTOCK 13       /* 牲畜 */
#define RG_ASSET_SUBTYPE_EQUIPMENT 14       /* 设备 */
#define RG_ASSET_SUBTYPE_OTHER 15           /* 其他 */

/* Parties holding the owner role and the five rights. */
#define RG_PARTY_VILLAGE_COLLECTIVE 1 /* 村集体经济组织 (default owner: operating, public welfare) */
#define RG_PARTY_TOWNSHIP 2           /* 乡镇 */
#define RG_PARTY_COUNTY_DEPARTMENT 3  /* 县级行业主管部门 */
#define RG_PARTY_STATE_COMPANY 4      /* 国有企业 */
#define RG_PARTY_HOUSEHOLD 5          /* 农户 (default owner: household assets) */
#define RG_PARTY_OPERATOR 6           /* the asset's operator */

/* Index of each right in the rights arrays. */
#define RG_RIGHT_OWNERSHIP 0   /* 所有权 */
#define RG_RIGHT_MANAGEMENT 1  /* 经营权 */
#define RG_RIGHT_INCOME 2      /* 收益权 */
#define RG_RIGHT_DISPOSAL 3    /* 处置权 */
#define RG_RIGHT_SUPERVISION 4 /* 监督权 */

#define RG_OPERATION_SELF 1      /* 自主经营 */
#define RG_OPERATION_LEASE 2     /* 租赁 */
#define RG_OPERATION_CONTRACT 3  /* 承包 */
#define RG_OPERATION_SHARE 4     /* 股份合作 */
#define RG_OPERATION_ENTRUSTED 5 /* 委托经营 */

#define RG_FARMER_LINK_NONE 0
#define RG_FARMER_LINK_EMPLOYMENT 1        /* 吸纳就业 */
#define RG_FARMER_LINK_ORDER 2             /* 订单、收购 */
#define RG_FARMER_LINK_DIVIDEND 3          /* 收益分红 */
#define RG_FARMER_LINK_SHARE_COOPERATION 4 /* 股份合作 */

#define RG_ASSET_STATUS_REGISTERED 1          /* 登记 */
#define RG_ASSET_STATUS_OWNERSHIP_CONFIRMED 2 /* 确权 */
#define RG_ASSET_STATUS_HANDED_OVER 3         /* 移交 */
#define RG_ASSET_STATUS_OPERATING 4           /* 运营 */
#define RG_ASSET_STATUS_IDLE 5                /* 闲置 */
#define RG_ASSET_STATUS_DAMAGED 6             /* 损毁 */
#define RG_ASSET_STATUS_DISPOSAL_PENDING 7    /* 待处置 */
#define RG_ASSET_STATUS_DISPOSED 8            /* 已处置 */

/* The allowed disposal reasons and methods (a county may narrow them: rg_asset_policy). */
#define RG_DISPOSAL_REASON_DISASTER 1          /* 自然灾害损毁 */
#define RG_DISPOSAL_REASON_REPLANNING 2        /* 规划调整拆除 */
#define RG_DISPOSAL_REASON_END_OF_LIFE 3       /* 使用年限届满或技术故障 */
#define RG_DISPOSAL_REASON_POOR_RETURNS 4      /* 经营不善需转变用途 */
#define RG_DISPOSAL_REASON_AGREEMENT_EXPIRED 5 /* 入股、分红协议到期 */
#define RG_DISPOSAL_REASON_REPLACED 6          /* 被新项目替代 */
#define RG_DISPOSAL_METHOD_AUCTION 1           /* 拍卖 */
#define RG_DISPOSAL_METHOD_TRANSFER 2          /* 转让 */
#define RG_DISPOSAL_METHOD_CHANGE_OF_USE 3     /* 转产 */
#define RG_DISPOSAL_METHOD_SUSPENSION 4        /* 报停 */
#define RG_DISPOSAL_METHOD_WRITE_DOWN 5        /* 报损 */
#define RG_DISPOSAL_METHOD_SCRAPPING 6         /* 报废 */

/* The approval chain, in the order approvals must be given. */
#define RG_APPROVAL_OWNER 1    /* 产权主体申请 */
#define RG_APPROVAL_ASSEMBLY 2 /* 村民(代表)大会 */
#define RG_APPROVAL_TOWNSHIP 3 /* 乡镇审核 */
#define RG_APPROVAL_COUNTY 4   /* 县级审批 */

/* Uses of asset income; 7-12 are forbidden by default. */
#define RG_PURPOSE_HARDSHIP_SUPPORT 1       /* 困难群众救助 */
#define RG_PURPOSE_PUBLIC_WELFARE_JOBS 2    /* 公益性岗位工资 */
#define RG_PURPOSE_UPKEEP 3                 /* 项目和资产管护 */
#define RG_PURPOSE_PRODUCTION_AWARDS 4      /* 生产奖补 */
#define RG_PURPOSE_COLLECTIVE_ECONOMY 5     /* 村集体经济 */
#define RG_PURPOSE_DIVIDENDS 6              /* 收益分红 */
#define RG_PURPOSE_VILLAGE_RUNNING_COSTS 7  /* 村级组织运转 */
#define RG_PURPOSE_VEHICLES_TELECOM 8       /* 车辆和通讯设备 */
#define RG_PURPOSE_ALLOWANCES_WELFARE 9     /* 津贴补贴和福利 */
#define RG_PURPOSE_LOSSES_DEBTS 10          /* 弥补亏损和偿还债务 */
#define RG_PURPOSE_BUILDINGS 11             /* 楼堂馆所 */
#define RG_PURPOSE_LARGE_INFRASTRUCTURE 12  /* 大型基础设施 */

#define RG_ASSET_TEXT_MAX 256u              /* bytes of UTF-8 in every asset text field */
#define RG_ASSET_DRAFTS_MAX 1000u           /* assets per capitalisation */
#define RG_DISTRIBUTION_PURPOSES_MAX 32u    /* purposes per plan */
#define RG_DISTRIBUTION_BENEFICIARIES_MAX 100000u /* households per plan, all purposes */

/* Management fields of an asset (they may change later: rg_assets_set_management). */
typedef struct rg_asset_management {
  const char* custodian;          /* 管护主体, UTF-8, may be NULL with length 0 (raises a warning) */
  size_t custodian_len;
  const char* operator_name;      /* 经营主体 */
  size_t operator_name_len;
  rg_money planned_income_per_year; /* >= 0, whole fen; 0 = no plan */
  uint64_t income_account_id;     /* ledger account (kind income) of the asset's income; 0 = none */
  uint32_t farmer_link_households;
  uint8_t mode;                   /* RG_OPERATION_* */
  uint8_t farmer_link;            /* RG_FARMER_LINK_* */
  uint8_t reserved[2];            /* must be 0 */
} rg_asset_management;

/* One asset to capitalise. */
typedef struct rg_asset_draft {
  uint64_t id;                    /* non-zero, chosen by the caller */
  uint64_t region;                /* 12-digit region code of the location */
  rg_money value;                 /* book value, > 0, whole fen */
  const char* name;               /* 1..RG_ASSET_TEXT_MAX bytes */
  size_t name_len;
  const char* location;           /* 0..RG_ASSET_TEXT_MAX bytes */
  size_t location_len;
  const char* owner_name;
  size_t owner_name_len;
  rg_asset_management management;
  uint8_t asset_class;            /* RG_ASSET_CLASS_* */
  uint8_t subtype;                /* RG_ASSET_SUBTYPE_* fitting the class */
  uint8_t owner;                  /* RG_PARTY_*; 0 = the class's default owner */
  uint8_t rights[5];              /* RG_PARTY_* per RG_RIGHT_*; all 0 = defaults (owner holds
                                     ownership, income, disposal; operator manages unless self-run;
                                     the county department supervises) */
} rg_asset_draft;

/* The numeric state of an asset (rg_assets_get). */
typedef struct rg_asset_info {
  uint64_t id;
  uint64_t project_id;
  uint64_t region;
  uint64_t income_account_id;
  rg_money value;
  rg_money planned_income_per_year;
  rg_money disposal_valuation;    /* 0 without a disposal */
  rg_date registered;
  rg_date confirmed;              /* valid when has_confirmed */
  rg_date handed_over;            /* valid when has_handed_over */
  rg_date status_since;
  uint32_t farmer_link_households;
  uint8_t asset_class;
  uint8_t subtype;
  uint8_t owner;
  uint8_t mode;
  uint8_t farmer_link;
  uint8_t status;                 /* RG_ASSET_STATUS_* */
  uint8_t has_confirmed;
  uint8_t has_handed_over;
  uint8_t has_disposal;           /* a disposal is pending or done */
  uint8_t disposal_reason;
  uint8_t disposal_method;
  uint8_t approvals_given;        /* 0..4, in chain order */
  uint8_t rights[5];
  uint8_t has_custodian;
  uint8_t reserved[6];
} rg_asset_info;

#define RG_ASSET_EVENT_REGISTERED 1
#define RG_ASSET_EVENT_OWNERSHIP_CONFIRMED 2
#define RG_ASSET_EVENT_HANDED_OVER 3
#define RG_ASSET_EVENT_STATUS_CHANGED 4
#define RG_ASSET_EVENT_MANAGEMENT_CHANGED 5
#define RG_ASSET_EVENT_DISPOSAL_REQUESTED 6
#define RG_ASSET_EVENT_DISPOSAL_APPROVED 7
#define RG_ASSET_EVENT_DISPOSAL_WITHDRAWN 8
#define RG_ASSET_EVENT_DISPOSED 9

typedef struct rg_asset_event {
  uint64_t sequence;    /* commit order across all assets */
  rg_date date;
  uint8_t kind;         /* RG_ASSET_EVENT_* */
  uint8_t from_status;  /* RG_ASSET_STATUS_* */
  uint8_t to_status;
  uint8_t reserved;
  char note[128];       /* UTF-8, NUL-terminated, cut at a character boundary */
} rg_asset_event;

/* County options: forbidden income purposes (bit 1 << RG_PURPOSE_*), the notice minimum, and the
 * disposal reasons and methods allowed (bit 1 << value). */
typedef struct rg_asset_policy {
  uint32_t struct_size;              /* sizeof(rg_asset_policy) */
  uint32_t forbidden_purposes;       /* default: purposes 7-12 */
  uint32_t allowed_disposal_reasons; /* default: all six */
  uint32_t allowed_disposal_methods; /* default: all six */
  int32_t notice_days_min;           /* default 5 calendar days, start and end included */
  uint8_t reserved[4];
} rg_asset_policy;

/* One purpose of a distribution plan: a weight (share of the income) or a fixed amount (a plan
 * uses one kind for all its purposes), split among `household_count` households by their weights
 * (NULL weights: 1 each); with no households the whole amount goes to payee_account_id. */
typedef struct rg_distribution_purpose {
  const uint64_t* households;      /* household keys, non-zero, distinct */
  const int64_t* household_weights; /* > 0, or NULL */
  size_t household_count;
  int64_t weight;                  /* > 0 with weights, 0 with fixed amounts */
  rg_money amount;                 /* > 0 whole fen with fixed amounts, 0 with weights */
  uint64_t payee_account_id;       /* ledger account the purpose is paid to */
  uint8_t purpose;                 /* RG_PURPOSE_* */
  uint8_t reserved[7];
} rg_distribution_purpose;

/* An income distribution plan (收益分配方案). */
typedef struct rg_distribution_plan {
  uint32_t struct_size;            /* sizeof(rg_distribution_plan) */
  int32_t year;                    /* income year */
  uint64_t plan_id;                /* non-zero */
  uint64_t asset_id;
  rg_money income;                 /* > 0, whole fen, at most the year's undistributed income */
  const char* decision_document;   /* assembly decision 民主决策, 1..256 bytes */
  size_t decision_document_len;
  rg_date decision_date;
  uint32_t attendees;
  uint32_t votes_for;              /* must be more than half of attendees */
  uint32_t votes_against;
  rg_date notice_start;            /* 公示: on or after the decision */
  rg_date notice_end;
  uint64_t first_transfer_id_hi;   /* payment i has id (hi, lo + i) */
  uint64_t first_transfer_id_lo;
  const rg_distribution_purpose* purposes;
  size_t purpose_count;            /* 1..RG_DISTRIBUTION_PURPOSES_MAX */
} rg_distribution_plan;

/* A computed share: one per household of a purpose, or one per purpose without households. */
typedef struct rg_distribution_share {
  uint64_t household_key;  /* 0 for a purpose without households */
  rg_money amount;
  rg_money line_amount;    /* the purpose's amount */
  uint32_t line;           /* purpose index in the plan */
  uint8_t purpose;         /* RG_PURPOSE_* */
  uint8_t reserved[3];
} rg_distribution_share;

#define RG_ASSET_WARNING_IDLE_TOO_LONG 1
#define RG_ASSET_WARNING_INCOME_BELOW_PLAN 2         /* only assets registered by 1 January of the income year */
#define RG_ASSET_WARNING_NO_CUSTODIAN 3
#define RG_ASSET_WARNING_DAMAGED 4
#define RG_ASSET_WARNING_OWNERSHIP_UNCONFIRMED 5
#define RG_ASSET_WARNING_NO_FARMER_LINK 6
#define RG_ASSET_WARNING_PROJECT_NOT_REGISTERED 7    /* 扶贫资产未登记 (asset_id 0) */
#define RG_ASSET_WARNING_VALUE_DIFFERS_FROM_SETTLED 8

typedef struct rg_asset_warning_options {
  uint32_t struct_size;           /* sizeof(rg_asset_warning_options) */
  int32_t idle_months_max;        /* default 6 */
  int32_t unconfirmed_months_max; /* default 6 */
  int32_t income_year;            /* 0 (default): the year before as_of */
  rg_date as_of;
  uint8_t reserved[4];
} rg_asset_warning_options;

typedef struct rg_asset_warning {
  uint64_t asset_id;   /* 0 for project findings */
  uint64_t project_id;
  rg_money expected;   /* planned income, or settled amount */
  rg_money actual;     /* income received, or asset values */
  int64_t months;      /* months idle or unconfirmed */
  uint8_t kind;        /* RG_ASSET_WARNING_* */
  uint8_t reserved[7];
} rg_asset_warning;

#define RG_ASSET_TOTALS_BY_CLASS 1
#define RG_ASSET_TOTALS_BY_STATUS 2
#define RG_ASSET_TOTALS_BY_REGION_PREFIX 3

typedef struct rg_asset_totals_row {
  uint64_t key;    /* RG_ASSET_CLASS_*, RG_ASSET_STATUS_* or region prefix */
  uint64_t assets;
  rg_money value;
} rg_asset_totals_row;

typedef struct rg_asset_income_row {
  rg_money income;   /* asset income in the ledger effective that year */
  rg_money planned;  /* distribution plans for that income year */
  rg_money paid;     /* plans of that year paid in the ledger */
  int32_t year;
  uint8_t reserved[4];
} rg_asset_income_row;

/* Opens the asset registry on the ledger handle's store into *out_assets (loads every asset and
 * plan). Close with rg_assets_close before rg_ledger_close. Errors: RG_EINVAL (NULL),
 * RG_ECORRUPT (naming the record), RG_EIO. *out_assets is NULL on error. */
RG_API RG_NODISCARD rg_status rg_assets_open(rg_assets** out_assets, rg_ledger* ledger);

/* Frees the handle. NULL is ignored. */
RG_API void rg_assets_close(rg_assets* assets);

/* Sets struct_size and the defaults described at rg_asset_policy. */
RG_API void rg_asset_policy_init(rg_asset_policy* policy);

/* Replaces the handle's county options (kept in memory, not stored).
 * Errors: RG_EINVAL (NULL, bad struct_size, notice_days_min < 0, reserved not 0). */
RG_API RG_NODISCARD rg_status rg_assets_set_policy(rg_assets* assets, const rg_asset_policy* policy);

/* *out = the project's settled amount (net disbursements in the ledger) up to `as_of`: what the
 * values of its assets must sum to. Errors: RG_EINVAL, RG_ENOTFOUND (unknown project), RG_ERANGE. */
RG_API RG_NODISCARD rg_status rg_assets_settled_amount(rg_money* out, rg_assets* assets,
                                                       uint64_t project_id, rg_date as_of);

/* Capitalises a completed project (completed, accepted or assets handed over) into `count`
 * registered assets on `date`, all or none. Their values must sum exactly to the settled amount
 * (rg_money_allocate splits an amount exactly). The caller owns `drafts` and their text. Errors
 * (the message names the record and field): RG_EINVAL (NULL, bad field, duplicate id),
 * RG_ENOTFOUND (unknown project), RG_ESTATE (project not complete or already capitalised),
 * RG_ECONFLICT (asset id taken), RG_EREFUSED (values do not sum to the settled amount), RG_ELIMIT
 * (count above RG_ASSET_DRAFTS_MAX), RG_EIO, RG_ERANGE (date), RG_EBUSY, RG_ECORRUPT (damaged
 * database file). */
RG_API RG_NODISCARD rg_status rg_assets_capitalise(rg_assets* assets, uint64_t project_id,
                                                   rg_date date, const rg_asset_draft* drafts,
                                                   size_t count);

/* *out = the asset's numeric state. Errors: RG_EINVAL, RG_ENOTFOUND. */
RG_API RG_NODISCARD rg_status rg_assets_get(rg_asset_info* out, rg_assets* assets,
                                            uint64_t asset_id);

/* registered -> ownership confirmed (确权) with the certificate (1..256 bytes). Errors: RG_EINVAL
 * (NULL, NULL certificate with a length), RG_ENOTFOUND, RG_ESTATE (wrong status), RG_ERANGE (date
 * before the last change or out of range), RG_EIO, RG_EBUSY, RG_ECORRUPT (damaged database
 * file). */
RG_API RG_NODISCARD rg_status rg_assets_confirm_ownership(rg_assets* assets, uint64_t asset_id,
                                                          rg_date date, const char* certificate,
                                                          size_t certificate_len);

/* ownership confirmed -> handed over (移交).
 * Errors: RG_EINVAL (NULL), RG_ENOTFOUND, RG_ESTATE (wrong status), RG_ERANGE (date before the
 * last change or out of range), RG_EIO, RG_EBUSY, RG_ECORRUPT (damaged database file). */
RG_API RG_NODISCARD rg_status rg_assets_hand_over(rg_assets* assets, uint64_t asset_id,
                                                  rg_date date);

/* handed over / operating / idle / damaged -> RG_ASSET_STATUS_OPERATING, _IDLE or _DAMAGED.
 * Errors: RG_EINVAL (NULL, status not an RG_ASSET_STATUS_* value), RG_ENOTFOUND, RG_ESTATE (wrong
 * status), RG_ERANGE (date before the last change or out of range), RG_EIO, RG_EBUSY, RG_ECORRUPT
 * (damaged database file). */
RG_API RG_NODISCARD rg_status rg_assets_set_status(rg_assets* assets, uint64_t asset_id,
                                                   uint8_t status, rg_date date);

/* Replaces the management fields (custodian, operator, mode, farmer link, income plan, income
 * account); an event records the change. Errors: RG_EINVAL (NULL, a field of management out of
 * range, mode not an RG_OPERATION_* value, farmer_link not an RG_FARMER_LINK_* value),
 * RG_ENOTFOUND, RG_ESTATE (wrong status), RG_ERANGE (date before the last change or out of range),
 * RG_EIO, RG_EBUSY, RG_ECORRUPT (damaged database file). */
RG_API RG_NODISCARD rg_status rg_assets_set_management(rg_assets* assets, uint64_t asset_id,
                                                       const rg_asset_management* management,
                                                       rg_date date);

/* handed over / operating / idle / damaged -> disposal pending, with a reason and a method from
 * the allowed lists and an appraised valuation (>= 0, whole fen). Errors: RG_EINVAL (NULL, reason
 * not an RG_DISPOSAL_REASON_* value, method not an RG_DISPOSAL_METHOD_* value), RG_ENOTFOUND,
 * RG_ESTATE (wrong status), RG_ERANGE (date before the last change or out of range), RG_EIO,
 * RG_EBUSY, RG_EREFUSED (a reason or method the policy does not allow), RG_ECORRUPT (damaged
 * database file). */
RG_API RG_NODISCARD rg_status rg_assets_request_disposal(rg_assets* assets, uint64_t asset_id,
                                                         uint8_t reason, uint8_t method,
                                                         rg_money valuation, rg_date date);

/* Records the approval of `level` (RG_APPROVAL_*) with its document (1..256 bytes). Approvals come
 * in chain order owner -> assembly -> township -> county: RG_ESTATE otherwise. Errors: RG_EINVAL
 * (NULL, level not an RG_APPROVAL_* value, NULL document with a length), RG_ENOTFOUND, RG_ESTATE
 * (wrong status), RG_ERANGE (date before the last change or out of range), RG_EIO, RG_EBUSY,
 * RG_ECORRUPT (damaged database file). */
RG_API RG_NODISCARD rg_status rg_assets_approve_disposal(rg_assets* assets, uint64_t asset_id,
                                                         uint8_t level, rg_date date,
                                                         const char* document,
                                                         size_t document_len);

/* disposal pending -> the status it came from.
 * Errors: RG_EINVAL (NULL), RG_ENOTFOUND, RG_ESTATE (wrong status), RG_ERANGE (date before the
 * last change or out of range), RG_EIO, RG_EBUSY, RG_ECORRUPT (damaged database file). */
RG_API RG_NODISCARD rg_status rg_assets_withdraw_disposal(rg_assets* assets, uint64_t asset_id,
                                                          rg_date date);

/* disposal pending -> disposed. RG_EREFUSED naming the missing approvals unless all four were
 * given. Errors: RG_EINVAL (NULL), RG_ENOTFOUND, RG_ESTATE (wrong status), RG_ERANGE (date before
 * the last change or out of range), RG_EIO, RG_EBUSY, RG_EREFUSED, RG_ECORRUPT (damaged database
 * file). */
RG_API RG_NODISCARD rg_status rg_assets_dispose(rg_assets* assets, uint64_t asset_id,
                                                rg_date date);

/* Writes the asset's events in order into out_events[0..capacity); *out_count = how many there
 * are. Errors: RG_EINVAL, RG_ENOTFOUND, RG_EBUFFER (capacity < *out_count), RG_EIO. */
RG_API RG_NODISCARD rg_status rg_assets_events(rg_asset_event* out_events, size_t capacity,
                                               size_t* out_count, rg_assets* assets,
                                               uint64_t asset_id);

/* Records asset income in the ledger: one RG_CODE_ASSET_INCOME transfer with id (id_hi, id_lo)
 * from `from_account_id` to the asset's income account, effective `date`. Replaying the same id
 * and fields is a no-op. Errors: RG_EINVAL (amount <= 0, zero id), RG_EPRECISION (sub-fen),
 * RG_ENOTFOUND, RG_ESTATE (no income account, disposed), RG_EREFUSED (the ledger refused it; the
 * message names the RG_TRANSFER_* result), RG_EIO, RG_ERANGE (date), RG_EBUSY, RG_ECORRUPT
 * (damaged database file). */
RG_API RG_NODISCARD rg_status rg_assets_record_income(rg_assets* assets, uint64_t asset_id,
                                                      uint64_t id_hi, uint64_t id_lo,
                                                      uint64_t from_account_id, rg_money amount,
                                                      rg_date date);

/* Sets struct_size and zeroes everything else. */
RG_API void rg_distribution_plan_init(rg_distribution_plan* plan);

/* Validates, splits (by purpose, then by household, largest remainder in whole fen: the parts
 * always sum to the income) and saves a plan. The caller owns every array. Errors naming the plan
 * and field: RG_EINVAL (NULL, bad struct_size or field), RG_EPRECISION, RG_ELIMIT, RG_ENOTFOUND
 * (asset, payee account), RG_ESTATE (asset disposed or without income account), RG_EEXISTS (plan
 * id taken), RG_ECONFLICT (payment id used), RG_EREFUSED (forbidden purpose, decision not passed,
 * notice too short or before the decision, fixed amounts not summing to the income, income above
 * the year's undistributed income), RG_EIO, RG_EBUSY, RG_ECORRUPT (damaged database file). */
RG_API RG_NODISCARD rg_status rg_assets_add_distribution(rg_assets* assets,
                                                         const rg_distribution_plan* plan);

/* Writes the plan's shares (purpose by purpose, households in the order given) into
 * out_shares[0..capacity); *out_count = how many there are.
 * Errors: RG_EINVAL, RG_ENOTFOUND, RG_EBUFFER (capacity < *out_count). */
RG_API RG_NODISCARD rg_status rg_assets_distribution_shares(rg_distribution_share* out_shares,
                                                            size_t capacity, size_t* out_count,
                                                            rg_assets* assets, uint64_t plan_id);

/* Pays a plan on `date` (on or after the notice end): one transfer per purpose from the asset's
 * income account to the purpose's payee account, all in one linked chain (all or nothing). Paying
 * again is a no-op. *out_paid (may be NULL) = 1 when every payment is in the ledger. Errors:
 * RG_EINVAL, RG_ENOTFOUND, RG_EREFUSED (before the notice ends, or the ledger refused: the message
 * names the RG_TRANSFER_* result), RG_EIO, RG_ERANGE (date), RG_EBUSY, RG_ECORRUPT (damaged
 * database file). */
RG_API RG_NODISCARD rg_status rg_assets_post_distribution(uint8_t* out_paid, rg_assets* assets,
                                                          uint64_t plan_id, rg_date date);

/* Sets struct_size and the defaults described at rg_asset_warning_options (as_of = 0). */
RG_API void rg_asset_warning_options_init(rg_asset_warning_options* options);

/* Risk warnings and reconciliation as of options->as_of, ordered by kind, asset, project.
 * Errors: RG_EINVAL (NULL, bad struct_size, negative limits), RG_ERANGE, RG_EBUFFER. */
RG_API RG_NODISCARD rg_status rg_assets_warnings(rg_asset_warning* out_rows, size_t capacity,
                                                 size_t* out_count, rg_assets* assets,
                                                 const rg_asset_warning_options* options);

/* Counts and book values grouped by `by` (RG_ASSET_TOTALS_BY_*), sorted by key; prefix_digits
 * (2, 4, 6, 9 or 12) with RG_ASSET_TOTALS_BY_REGION_PREFIX only. Disposed assets count only by
 * status. Errors: RG_EINVAL, RG_EBUFFER. */
RG_API RG_NODISCARD rg_status rg_assets_totals(rg_asset_totals_row* out_rows, size_t capacity,
                                               size_t* out_count, rg_assets* assets, uint32_t by,
                                               int32_t prefix_digits);

/* Asset income and distribution per year, ascending. Errors: RG_EINVAL, RG_EBUFFER. */
RG_API RG_NODISCARD rg_status rg_assets_income_by_year(rg_asset_income_row* out_rows,
                                                       size_t capacity, size_t* out_count,
                                                       rg_assets* assets);

/* Writes the public notice (公示) of a plan as CSV (UTF-8, zh-CN headers, every field quoted,
 * CRLF rows; household keys only, no personal data) into out (NUL-terminated); *out_length
 * (required) = the text length. Errors: RG_EINVAL, RG_ENOTFOUND, RG_EBUFFER (pass out = NULL,
 * capacity = 0 to ask the size). */
RG_API RG_NODISCARD rg_status rg_assets_notice_csv(char* out, size_t capacity, size_t* out_length,
                                                   rg_assets* assets, uint64_t plan_id);

/* ---------------------------------------------------------------------------------------------
 * Reports (docs/reports.md, docs/indicators.md): mergeable region summaries, indicator scores and
 * the quarterly report as JSON, CSV, HTML or text. A summary set holds one summary of exact sums
 * per region; sets computed anywhere (per village, per partition, per machine) merge exactly.
 * Ownership: every rg_summary* a call returns belongs to the caller, who frees it with
 * rg_summary_free. Threads: calls that only read a set (to_json, roll_up, count, figures,
 * rg_report_render) may run concurrently on one set; rg_summary_merge writes `into` and must not
 * overlap any other call on that set.
 * ------------------------------------------------------------------------------------------- */

typedef struct rg_summary rg_summary;

/* Output formats of rg_report_render. */
#define RG_REPORT_JSON 1       /* the report document (format "ruralguard.report/1") */
#define RG_REPORT_CSV 2        /* region table, header of stable column ids */
#define RG_REPORT_CSV_EN 3     /* the same with English labels */
#define RG_REPORT_CSV_ZH 4     /* the same with zh-CN labels */
#define RG_REPORT_HTML 5       /* self-contained page, inline SVG charts, no script */
#define RG_REPORT_TEXT 6       /* plain text for a terminal */
#define RG_REPORT_SCORES_CSV 7 /* county scores with each indicator's contribution */
/* Named bounds; beyond them a call returns RG_ELIMIT. */
#define RG_SUMMARY_HOUSEHOLDS_MAX 100000000u

/* Summaries of everything in `store` up to `as_of`, one per region of each record (villages for
 * households and cases; the budget's or project's region for funds and projects): households and
 * people by type, the latest recorded assessment run (or, when the store has no run, an on-the-fly
 * assessment of each household under the built-in catalogue's policy of its province and
 * income-period year: RG_ENOTFOUND naming one it lacks; see rg_summary_from_store_policies), cases,
 * fund flows and projects. `region_prefix` (2/4/6/9/12
 * digits; NULL or length 0 = all) restricts the records. *out receives a new set the caller frees
 * with rg_summary_free. Read-only; the store handle is used by this thread only for the duration
 * of the call. Errors: RG_EINVAL (NULL out/store), RG_EPARSE (bad prefix), RG_EIO, RG_ERANGE
 * (as_of), RG_EBUSY, RG_ECORRUPT (damaged database file), RG_ENOTFOUND (no policy, above). */
RG_API RG_NODISCARD rg_status rg_summary_from_store(rg_summary** out, rg_store* store, rg_date as_of,
                                                    const char* region_prefix, size_t prefix_len);

/* Household rows for rg_summary_from_households (struct-of-arrays, `count` rows each). The
 * first three arrays are required; the others may be NULL meaning "no income record" /
 * "previous income unknown" / "not assessed". */
typedef struct rg_summary_households {
  uint32_t struct_size;                 /* sizeof(rg_summary_households) */
  uint32_t reserved;
  size_t count;                         /* 0..RG_SUMMARY_HOUSEHOLDS_MAX */
  const uint64_t* region;               /* 12-digit village codes */
  const uint8_t* kind;                  /* RG_HOUSEHOLD_* (1..3) */
  const int32_t* members;               /* active members, >= 0 */
  const rg_money* per_capita_income;    /* NULL: no household has an income record */
  const rg_money* previous_per_capita_income; /* INT64_MIN or NULL: unknown */
  const uint8_t* within_monitoring;     /* assessment results; NULL: not assessed */
  const uint8_t* category;              /* RG_CATEGORY_*; used with within_monitoring */
  const uint8_t* level;                 /* RG_LEVEL_*; used with within_monitoring */
} rg_summary_households;

/* Sets struct_size and zeroes everything else. */
RG_API void rg_summary_households_init(rg_summary_households* rows);

/* Summarises household rows (e.g. a partition assessed with rg_assess_batch) into a new set, one
 * summary per village. The caller owns the arrays. Errors: RG_EINVAL (NULL out/rows/required
 * array, bad struct_size, kind, category or level outside their
 * RG_* values (row named), negative members), RG_ERANGE (impossible region code),
 * RG_ELIMIT (count above RG_SUMMARY_HOUSEHOLDS_MAX). */
RG_API RG_NODISCARD rg_status rg_summary_from_households(rg_summary** out,
                                                         const rg_summary_households* rows);

/* Loads a set from the raw-sum JSON that rg_summary_to_json writes. Errors: RG_EINVAL (NULL out or
 * json, also with length 0), RG_EPARSE (names the region and field), RG_ERANGE (impossible region
 * code), RG_ELIMIT (text longer than RG_SUMMARY_JSON_MAX). */
RG_API RG_NODISCARD rg_status rg_summary_from_json(rg_summary** out, const char* json,
                                                   size_t json_len);

/* Writes the set as raw-sum JSON (money in integer 1/10000-yuan units, nothing rounded) into
 * `out` (capacity including the NUL); *out_length (required) always receives the length, also on
 * RG_EBUFFER. Errors: RG_EINVAL, RG_EBUFFER. */
RG_API RG_NODISCARD rg_status rg_summary_to_json(char* out, size_t out_capacity, size_t* out_length,
                                                 const rg_summary* summary);

/* Adds every summary of `from` into the summary of the same region in `into` (appending regions
 * `into` lacks). Exact: merging sets of disjoint records equals summarising them together. On
 * error `into` is unchanged. Errors: RG_EINVAL (NULL), RG_EOVERFLOW. Not thread-safe on `into`. */
RG_API RG_NODISCARD rg_status rg_summary_merge(rg_summary* into, const rg_summary* from);

/* A new set with the summaries grouped by their region cut to `level` (RG_REGION_*) and merged;
 * summaries above that level (e.g. county funds when rolling up to townships) keep their own
 * region. Errors: RG_EINVAL (NULL, level not 1..5), RG_EOVERFLOW. */
RG_API RG_NODISCARD rg_status rg_summary_roll_up(rg_summary** out, const rg_summary* summary,
                                                 int32_t level);

/* Key figures of one region summary (the JSON forms carry every field). */
typedef struct rg_region_figures {
  uint32_t struct_size; /* set by the caller */
  uint32_t reserved;
  uint64_t region;               /* 12-digit code; 0 unassigned, UINT64_MAX several provinces */
  int64_t households_by_type[4]; /* index RG_HOUSEHOLD_* (0 unused) */
  int64_t people_by_type[4];
  int64_t assessed;
  int64_t monitored;             /* within monitoring range in the assessment */
  int64_t monitored_by_level[4]; /* index RG_LEVEL_* */
  int64_t cases_under_monitoring;
  int64_t cases_with_measure;
  int64_t cases_eliminated;
  int64_t fp_people_with_income; /* formerly poor people with an income record */
  rg_money fp_income_people_sum; /* sum of per-capita income x people: mean = sum / people */
  rg_money allocated[4];         /* index RG_FUND_* - 1 */
  rg_money disbursed[4];
  rg_money industry_disbursed;
  int64_t projects;
  int64_t projects_completed;
} rg_region_figures;

/* The number of region summaries in the set. Errors: RG_EINVAL. */
RG_API RG_NODISCARD rg_status rg_summary_count(size_t* out, const rg_summary* summary);
/* Figures of the summary at `index` (0..count-1, sorted by region). Errors: RG_EINVAL (NULL, bad
 * struct_size), RG_ERANGE (index out of range). */
RG_API RG_NODISCARD rg_status rg_summary_figures(rg_region_figures* out, const rg_summary* summary,
                                                 size_t index);
/* Frees a set. NULL is ignored. */
RG_API void rg_summary_free(rg_summary* summary);

/* Writes the default indicator set for `as_of` (DOMAIN.md 5: no large-scale return to poverty,
 * income growth above the rural average, full measure coverage, disbursement on schedule,
 * industry share) as JSON, the format rg_report_render accepts. *out_length always set.
 * Errors: RG_EINVAL, RG_EBUFFER, RG_ERANGE (as_of). */
RG_API RG_NODISCARD rg_status rg_indicators_default(char* out, size_t out_capacity,
                                                    size_t* out_length, rg_date as_of);

/* Renders the report of `summary` as of `as_of`: rows rolled up to `detail_level` (RG_REGION_*),
 * counties scored with the indicator set `indicators_json` (NULL or length 0: the default set), in
 * `format` (RG_REPORT_*). UTF-8 text into `out` (capacity including the NUL); *out_length
 * (required) always receives the length, also on RG_EBUFFER, so a first call with capacity 0 sizes
 * the buffer. Pure: any thread, the set is only read. Errors: RG_EINVAL (NULL, unknown format or
 * level, invalid indicator set), RG_EPARSE (malformed indicators JSON), RG_EBUFFER, RG_ERANGE
 * (as_of), RG_ELIMIT (indicators JSON longer than RG_INDICATORS_JSON_MAX). */
RG_API RG_NODISCARD rg_status rg_report_render(char* out, size_t out_capacity, size_t* out_length,
                                               const rg_summary* summary, rg_date as_of,
                                               int32_t detail_level, int32_t format,
                                               const char* indicators_json, size_t indicators_len);

/* Part: policy sets and regimes (issue 16) */
/* ---------------------------------------------------------------------------------------------
 * Policy sets: many policies keyed by (province, year); each household is assessed under the
 * policy of its own province (region code / 10^10) for the year its income period ends
 * (DOMAIN.md 1.2). A province or year a set does not hold is RG_ENOTFOUND naming it, never a
 * silent default. Threshold changes are records (DOMAIN-2026 §7.3). Regimes (the 2021-2025
 * transition, the 2026 normalised regime) are data on each policy (docs/policy-format.md).
 * A set handle is immutable: any number of threads may read the same set concurrently.
 * rg_policy_default returns only the built-in catalogue's sourced policies (docs/policy.md);
 * any other province and year is RG_ENOTFOUND naming them (since issue 16).
 * ------------------------------------------------------------------------------------------- */

typedef struct rg_policy_set rg_policy_set;

#define RG_REGIME_TRANSITION_2021_2025 0 /* 2021-2025 过渡期 */
#define RG_REGIME_NORMALISED_2026 1      /* 2026 常态化帮扶 (from 2026-01-01 by default) */

#define RG_COMPARE_TEXT 0 /* rg_policy_compare: lines in the given RG_LANGUAGE_* */
#define RG_COMPARE_JSON 1 /* rg_policy_compare: both sides and the differences (zh and en) */

#define RG_POLICY_SET_JSON_MAX 16777216u /* bytes of rg_policy_set_from_json text (16 MiB) */
#define RG_POLICY_SET_POLICIES_MAX 1000u /* policies in one set */

/* Parses and validates a policy set ({"format": "ruralguard-policy-set", "policies": [...],
 * "threshold_changes": [...]}, docs/policy-format.md). The caller owns *out_set
 * (rg_policy_set_free). Errors: RG_EINVAL (NULL), RG_EPARSE, RG_ERANGE (a bad policy field, a
 * threshold change with a bad date or amount), RG_ENOTFOUND (unknown regime name), RG_ECONFLICT
 * (two policies for one province and year), RG_EVERSION, RG_ELIMIT (above RG_POLICY_SET_JSON_MAX
 * bytes or RG_POLICY_SET_POLICIES_MAX policies). Messages name the path ("policies[1]: ..."). */
RG_API RG_NODISCARD rg_status rg_policy_set_from_json(rg_policy_set** out_set, const char* json,
                                                      size_t json_len);

/* The built-in catalogue of sourced policies as a set (docs/policy.md). Caller owns *out_set.
 * Errors: RG_EINVAL. */
RG_API RG_NODISCARD rg_status rg_policy_set_builtin(rg_policy_set** out_set);

/* Writes the set's JSON form (as rg_policy_to_json: *out_length always set, RG_EBUFFER when
 * short). Errors: RG_EINVAL, RG_EBUFFER. */
RG_API RG_NODISCARD rg_status rg_policy_set_to_json(char* out, size_t out_capacity,
                                                    size_t* out_length, const rg_policy_set* set);

/* *out_count = the number of policies and *out_changes = the number of threshold changes (either
 * may be NULL). Errors: RG_EINVAL (NULL set). */
RG_API RG_NODISCARD rg_status rg_policy_set_counts(size_t* out_count, size_t* out_changes,
                                                   const rg_policy_set* set);

/* A copy of the policy for a household in `region_code` (12 digits) whose income period ends on
 * `income_period_end`. The caller owns *out_policy (rg_policy_free); NULL on error. Errors:
 * RG_EINVAL, RG_ERANGE (date), RG_ENOTFOUND ("no policy for province 44 year 2024: the policy
 * set 'x' has ..."). */
RG_API RG_NODISCARD rg_status rg_policy_set_lookup(rg_policy** out_policy, const rg_policy_set* set,
                                                   uint64_t region_code, rg_date income_period_end);

/* Frees a set. NULL is ignored. No other thread may be using it. */
RG_API void rg_policy_set_free(rg_policy_set* set);

/* *out_regime = the policy's regime (RG_REGIME_*): its own "regime", else the one in force on its
 * effective date. Errors: RG_EINVAL. */
RG_API RG_NODISCARD rg_status rg_policy_regime(int32_t* out_regime, const rg_policy* policy);

/* One household assessed under two policies (e.g. 2025 and 2026) with the differences explained:
 * regime, threshold, accounting rule (per-capita income counted), result, category, warning.
 * `format` RG_COMPARE_TEXT writes lines in `language` (RG_LANGUAGE_*); RG_COMPARE_JSON writes both
 * sides and the lines in zh and en. Output as rg_policy_to_json. Pure: any thread. Errors:
 * RG_EINVAL (NULL, struct size, format or language), RG_ERANGE (as rg_risk_assess), RG_EBUFFER. */
RG_API RG_NODISCARD rg_status rg_policy_compare(char* out, size_t out_capacity, size_t* out_length,
                                                const rg_household_facts* facts,
                                                const rg_policy* before, rg_date before_as_of,
                                                const rg_policy* after, rg_date after_as_of,
                                                int32_t format, int32_t language);

/* rg_risk_assess_batch with each row under the set's policy of its province and income-period
 * year (each distinct policy compiled once). A row whose province and year the set lacks fails
 * the whole call with RG_ENOTFOUND naming the row, region, province and year; nothing is
 * written to `out` then. Errors: as rg_risk_assess_batch, plus RG_ENOTFOUND. */
RG_API RG_NODISCARD rg_status rg_risk_assess_batch_set(size_t* out_failed,
                                                       const rg_assessment_columns* out,
                                                       const rg_household_columns* in,
                                                       const rg_policy_set* set, rg_date as_of);

/* Assesses every household of the store as of `as_of`, each under `set`'s policy of its province
 * and income-period year, and records the run (one transaction; the run's policy is the first
 * row's, every member is saved). *out_run_id (required) receives the run id, *out_monitored (may
 * be NULL) the households within monitoring. `label` may be NULL. Errors: RG_EINVAL,
 * RG_ENOTFOUND (a household's province/year missing from the set: nothing recorded), RG_ELIMIT,
 * RG_EIO, RG_EBUSY, RG_ERANGE, RG_ECORRUPT. Store handle rules apply. */
RG_API RG_NODISCARD rg_status rg_store_assess_run(int64_t* out_run_id, size_t* out_monitored,
                                                  rg_store* store, const rg_policy_set* set,
                                                  rg_date as_of, const char* label,
                                                  size_t label_len);

/* rg_summary_from_store, where a store without a recorded run is assessed on the fly under `set`
 * (per household: its province and income-period year) when not NULL, else under `policy` for
 * every household when not NULL, else under the built-in catalogue (RG_ENOTFOUND naming a
 * province/year it lacks; rg_summary_from_store behaves like this last case). Errors: as
 * rg_summary_from_store, plus RG_ENOTFOUND. */
RG_API RG_NODISCARD rg_status rg_summary_from_store_policies(rg_summary** out, rg_store* store,
                                                             rg_date as_of,
                                                             const char* region_prefix,
                                                             size_t prefix_len,
                                                             const rg_policy* policy,
                                                             const rg_policy_set* set);

/* Stores the set under its (id, version): member policies (as rg_store_save_policy), membership
 * and threshold changes, in one transaction. The same content again is RG_OK; different content
 * is RG_ECONFLICT and nothing is written. Errors: RG_EINVAL, RG_ECONFLICT, RG_EIO, RG_EBUSY,
 * RG_ECORRUPT. */
RG_API RG_NODISCARD rg_status rg_store_save_policy_set(rg_store* store, const rg_policy_set* set);

/* Loads set `id` at `version` (0 = highest). Caller owns *out_set. Errors: RG_EINVAL,
 * RG_ENOTFOUND, RG_ELIMIT (id longer than RG_POLICY_ID_MAX), RG_EIO, RG_EBUSY, RG_ECORRUPT. */
RG_API RG_NODISCARD rg_status rg_store_load_policy_set(rg_policy_set** out_set, rg_store* store,
                                                       const char* id, size_t id_len,
                                                       int32_t version);

/* ---------------------------------------------------------------------------------------------
 * Part: memberships and household events (issue 16)
 *
 * Statuses that overlap (DOMAIN-2026 §7.1 row 7.4, §7.3): a household, or one of its members,
 * holds several memberships at once (monitored, 低保, 特困, 低保边缘, 刚性支出困难, other low
 * income), each with its identifying authority, start, end and evidence. Ending one keeps it.
 * The registered-poor history (建档立卡 and 脱贫 years) is permanent. A former registered-poor
 * household's exit from assistance (2026 on, DOMAIN-2026 §7.1 row 7.7) is recorded with its
 * assessment.
 *
 * Events that count (DOMAIN.md 1.4, 1.5, 1.9): dated household events with their source and
 * evidence. Those dated within the 12 months before the as-of date set the RG_EVENT_* bits of
 * rg_household_table_view.events (so rg_risk_assess_batch raises their risk types) and of the
 * elimination gate's facts in rg_case_advance (so "no new risk" sees them). rg_cases_ingest
 * records the event a department clue stands for (a disaster loss, a house damaged reported by
 * emergency management: natural disaster; a job loss: job loss; medical and school costs are
 * already the income statement's out-of-pocket spending and create no event).
 *
 * Every writing call checks everything first and writes in one unit: a call that fails stores
 * nothing. Text fields are fixed NUL-terminated arrays. Use a store handle from one thread at a
 * time.
 * ------------------------------------------------------------------------------------------- */

/* Membership kinds (rg_membership.kind). */
#define RG_MEMBERSHIP_MONITORED 1          /* 防止返贫致贫对象 */
#define RG_MEMBERSHIP_DIBAO 2              /* 低保 */
#define RG_MEMBERSHIP_TEKUN 3              /* 特困 */
#define RG_MEMBERSHIP_DIBAO_EDGE 4         /* 低保边缘 */
#define RG_MEMBERSHIP_RIGID_EXPENDITURE 5  /* 刚性支出困难 */
#define RG_MEMBERSHIP_OTHER_LOW_INCOME 6   /* 其他困难人员 */

/* Household event kinds (rg_household_event.kind). Kind k sets RG_EVENT_* bit 1 << (k - 1). */
#define RG_EVENT_KIND_NATURAL_DISASTER 1   /* 自然灾害 */
#define RG_EVENT_KIND_ACCIDENT 2           /* 意外事故 */
#define RG_EVENT_KIND_INDUSTRY_FAILURE 3   /* 产业项目失败 */
#define RG_EVENT_KIND_JOB_LOSS 4           /* 失业/务工就业不稳 (bit RG_EVENT_UNSTABLE_EMPLOYMENT) */
#define RG_EVENT_KIND_SEVERE_DIFFICULTY 5  /* the cadre's judgement: basic living severely difficult */
#define RG_EVENT_KIND_OTHER 6
#define RG_EVENT_KIND_SERIOUS_ILLNESS 7    /* 重大疾病确诊 (bit RG_EVENT_SERIOUS_ILLNESS) */
#define RG_EVENT_KIND_SUDDEN_EXPENDITURE 8 /* 突发大额支出 (bit RG_EVENT_SUDDEN_EXPENDITURE) */

#define RG_STATUS_TEXT_MAX 256u /* bytes of each authority, evidence, source and assessment text */

typedef struct rg_membership {
  uint32_t struct_size;  /* sizeof(rg_membership) */
  uint8_t kind;          /* RG_MEMBERSHIP_* */
  uint8_t reserved[3];   /* 0 */
  int64_t membership_id; /* written by rg_memberships_list; ignored by rg_memberships_record */
  rg_date start;
  rg_date end;           /* inclusive last day; RG_DATE_NONE while open */
  char household_id[RG_HOUSEHOLD_ID_MAX + 1];
  char person_id[RG_HOUSEHOLD_ID_MAX + 1];    /* "" = the whole household, else one of its members */
  char authority[RG_STATUS_TEXT_MAX + 1];     /* identifying authority, required */
  char evidence[RG_STATUS_TEXT_MAX + 1];
} rg_membership;

/* Zeroes *membership, sets struct_size and end = RG_DATE_NONE. NULL is ignored. */
RG_API void rg_membership_init(rg_membership* membership);

/* Stores a membership; *out_id (may be NULL) receives its id. Memberships of different kinds
 * overlap freely. Errors: RG_EINVAL (NULL, struct_size, kind not an RG_MEMBERSHIP_* value, text
 * not NUL-terminated, empty authority: "a status without authority"), RG_ERANGE (end before start,
 * dates out of range), RG_ENOTFOUND (household, or a person not of that household), RG_EEXISTS
 * (the same household/person holds the same kind over an overlapping span), RG_EIO, RG_EBUSY,
 * RG_ECORRUPT (damaged database file). */
RG_API RG_NODISCARD rg_status rg_memberships_record(int64_t* out_id, rg_store* store,
                                                    const rg_membership* membership);

/* Ends an open membership on `end` (inclusive); the row is kept. Errors: RG_EINVAL (NULL),
 * RG_ENOTFOUND (id), RG_ESTATE (it has ended already: its end is never moved), RG_ERANGE (end
 * before its start), RG_EIO, RG_EBUSY, RG_ECORRUPT. */
RG_API RG_NODISCARD rg_status rg_memberships_end(rg_store* store, int64_t membership_id, rg_date end);

/* Writes the household's memberships (ended ones too; by start, then id) into out[0..capacity);
 * each out[i] must have struct_size set. *out_count receives their number, also on RG_EBUFFER.
 * Errors: RG_EINVAL (NULL out_count/store, NULL out with capacity), RG_EBUFFER (nothing written),
 * RG_ENOTFOUND (household), RG_ELIMIT (id longer than RG_HOUSEHOLD_ID_MAX), RG_EIO, RG_EBUSY,
 * RG_ECORRUPT. */
RG_API RG_NODISCARD rg_status rg_memberships_list(rg_membership* out, size_t capacity,
                                                  size_t* out_count, rg_store* store,
                                                  const char* household_id, size_t household_id_len);

typedef struct rg_registered_poor {
  uint32_t struct_size;     /* sizeof(rg_registered_poor) */
  int32_t registered_year;  /* 建档立卡 year, 2014..2020 */
  int32_t exit_year;        /* 脱贫 year, registered_year..2020; 0 = not known */
  int32_t reserved;         /* 0 */
  char household_id[RG_HOUSEHOLD_ID_MAX + 1];
  char source[RG_STATUS_TEXT_MAX + 1];  /* register or document, required */
} rg_registered_poor;

/* Zeroes *history and sets struct_size. NULL is ignored. */
RG_API void rg_registered_poor_init(rg_registered_poor* history);

/* Writes the household's registered-poor history. It is permanent: writing it again unchanged
 * succeeds, filling an unknown exit year succeeds, any other change is RG_EREFUSED (and the
 * database refuses DELETE and UPDATE of it too). Errors: RG_EINVAL (NULL, struct_size, text,
 * empty source), RG_ERANGE (years), RG_ENOTFOUND (household), RG_EREFUSED, RG_EIO, RG_EBUSY,
 * RG_ECORRUPT. */
RG_API RG_NODISCARD rg_status rg_registered_poor_set(rg_store* store, const rg_registered_poor* history);

/* Reads the household's registered-poor history into *out (out->struct_size set by the caller).
 * Errors: RG_EINVAL, RG_ENOTFOUND (household, or a household that was never registered poor),
 * RG_ELIMIT, RG_EIO, RG_EBUSY, RG_ECORRUPT. */
RG_API RG_NODISCARD rg_status rg_registered_poor_get(rg_registered_poor* out, rg_store* store,
                                                     const char* household_id,
                                                     size_t household_id_len);

typedef struct rg_assistance_exit {
  uint32_t struct_size;     /* sizeof(rg_assistance_exit) */
  rg_date date;             /* exit date, 2026-01-01 or later */
  rg_date assessment_date;  /* on or before the exit */
  int32_t reserved;         /* 0 */
  char household_id[RG_HOUSEHOLD_ID_MAX + 1];
  char assessment[RG_STATUS_TEXT_MAX + 1];  /* reference of the assessment, required */
  char authority[RG_STATUS_TEXT_MAX + 1];   /* required */
  char evidence[RG_STATUS_TEXT_MAX + 1];
} rg_assistance_exit;

/* Zeroes *exit and sets struct_size. NULL is ignored. */
RG_API void rg_assistance_exit_init(rg_assistance_exit* exit);

/* Records a former registered-poor household's exit from assistance with its assessment.
 * Errors: RG_EINVAL (NULL, struct_size, text, empty assessment or authority), RG_ERANGE (an exit
 * before 2026-01-01, an assessment after the exit), RG_ENOTFOUND (household), RG_EREFUSED (the
 * household was never registered poor), RG_EEXISTS (it has exited already), RG_EIO, RG_EBUSY,
 * RG_ECORRUPT. */
RG_API RG_NODISCARD rg_status rg_assistance_exit_record(rg_store* store, const rg_assistance_exit* exit);

/* Reads the household's assistance exit. Errors: RG_EINVAL, RG_ENOTFOUND (household, or no exit),
 * RG_ELIMIT, RG_EIO, RG_EBUSY, RG_ECORRUPT. */
RG_API RG_NODISCARD rg_status rg_assistance_exit_get(rg_assistance_exit* out, rg_store* store,
                                                     const char* household_id,
                                                     size_t household_id_len);

typedef struct rg_household_event {
  uint32_t struct_size;  /* sizeof(rg_household_event) */
  uint8_t kind;          /* RG_EVENT_KIND_* */
  uint8_t source;        /* RG_CHANNEL_*: how it became known */
  uint8_t reserved[2];   /* 0 */
  rg_date date;          /* when it happened; not after `recorded` */
  rg_date recorded;      /* when it was recorded */
  int64_t event_id;      /* written by rg_household_events_list */
  int64_t clue_id;       /* written by rg_household_events_list: the department clue, or 0 */
  char household_id[RG_HOUSEHOLD_ID_MAX + 1];
  char evidence[RG_STATUS_TEXT_MAX + 1];
} rg_household_event;

/* Zeroes *event and sets struct_size. NULL is ignored. */
RG_API void rg_household_event_init(rg_household_event* event);

/* Stores a household event; *out_id (may be NULL) receives its id. Errors: RG_EINVAL (NULL,
 * struct_size, kind not an RG_EVENT_KIND_* value: "an unknown event type", source not an
 * RG_CHANNEL_* value, text), RG_ERANGE (an event dated after its recording date: "a future
 * event"; dates out of range), RG_ENOTFOUND (household), RG_EIO, RG_EBUSY, RG_ECORRUPT. */
RG_API RG_NODISCARD rg_status rg_household_events_record(int64_t* out_id, rg_store* store,
                                                         const rg_household_event* event);

/* Writes the household's events dated in [first, last] (by date, then id) into out[0..capacity);
 * each out[i] must have struct_size set. *out_count receives their number, also on RG_EBUFFER.
 * Errors: RG_EINVAL (NULL out_count/store, NULL out with capacity), RG_ERANGE (last before first),
 * RG_EBUFFER, RG_ENOTFOUND (household), RG_ELIMIT, RG_EIO, RG_EBUSY, RG_ECORRUPT. */
RG_API RG_NODISCARD rg_status rg_household_events_list(rg_household_event* out, size_t capacity,
                                                       size_t* out_count, rg_store* store,
                                                       const char* household_id,
                                                       size_t household_id_len, rg_date first,
                                                       rg_date last);

/* Imports memberships.csv and events.csv (docs/csv-format.md; either path may be NULL/empty to
 * skip it) in one IMMEDIATE transaction, each row checked as rg_memberships_record and
 * rg_household_events_record check it; a row identical to a stored one is skipped (re-importing
 * an export changes nothing). Every error names the file, line and column (through
 * options->on_error). options may be NULL (all or nothing); of options only mode, on_error and
 * context are used (no rejects files are written). *out (may be NULL) gets the counts at index 0
 * (memberships) and 1 (events). In all-or-nothing mode any row error rolls everything back and
 * the call returns RG_EPARSE with the first error as the message. Errors: RG_EINVAL, RG_EIO (a
 * file cannot be read), RG_ESTATE (a transaction is open), RG_EBUSY, RG_EPARSE, RG_ECORRUPT. */
RG_API RG_NODISCARD rg_status rg_statuses_import_csv(rg_csv_import_result* out, rg_store* store,
                                                     const char* memberships, size_t memberships_len,
                                                     const char* events, size_t events_len,
                                                     const rg_csv_import_options* options);

/* Writes every membership and household event in the import format (English headers). Either
 * path may be NULL/empty to skip it. Errors: RG_EINVAL, RG_EIO, RG_EBUSY, RG_ECORRUPT. */
RG_API RG_NODISCARD rg_status rg_statuses_export_csv(rg_store* store, const char* memberships,
                                                     size_t memberships_len, const char* events,
                                                     size_t events_len);

/* Imports registered_poor.csv and assistance_exits.csv (docs/csv-format.md; either path may be
 * NULL/empty to skip it; the history is read first, so an exit may follow its household's history
 * in the same call) in one IMMEDIATE transaction, each row checked as rg_registered_poor_set and
 * rg_assistance_exit_record check it (years 2014..2020, exit year not before the registered year,
 * exits from 2026-01-01 with an assessment on or before them, the household must exist and, for an
 * exit, have a history). The history is permanent: a row identical to the stored history or exit
 * is no change (re-importing an export changes nothing), a different one is an error naming the
 * household (filling an unknown exit year is accepted, as rg_registered_poor_set accepts it). Every
 * error names the file, line and column (through options->on_error). options may be NULL (all or
 * nothing); of options only mode, on_error and context are used (no rejects files are written).
 * *out (may be NULL; out->struct_size set by the caller) gets the counts at index 0
 * (registered_poor) and 1 (assistance_exits). In all-or-nothing mode any row error rolls
 * everything back and the call returns RG_EPARSE with the first error as the message. The paths
 * are the caller's; nothing is retained after the call. Thread use: one thread at a time per
 * rg_store, as every store call; on_error runs on the calling thread. Errors: RG_EINVAL, RG_EIO
 * (a file cannot be read), RG_ESTATE (a transaction is open), RG_EBUSY, RG_EPARSE, RG_ECORRUPT. */
RG_API RG_NODISCARD rg_status rg_status_history_import_csv(rg_csv_import_result* out, rg_store* store,
                                                           const char* registered_poor,
                                                           size_t registered_poor_len,
                                                           const char* assistance_exits,
                                                           size_t assistance_exits_len,
                                                           const rg_csv_import_options* options);

/* Writes every registered-poor history and assistance exit in the import format (English headers,
 * by household id); the files are created or truncated. Either path may be NULL/empty to skip it.
 * Thread use: one thread at a time per rg_store. Errors: RG_EINVAL, RG_EIO, RG_EBUSY,
 * RG_ECORRUPT. */
RG_API RG_NODISCARD rg_status rg_status_history_export_csv(rg_store* store, const char* registered_poor,
                                                           size_t registered_poor_len,
                                                           const char* assistance_exits,
                                                           size_t assistance_exits_len);

/* ---------------------------------------------------------------------------------------------
 * Part: a case over time (issue 16). The clocks of a case are derived from its events: months
 * monitored run from the later of identification and the last rollback; the warning level is
 * derived again at visits and reassessments (every change kept); within the policy's follow-up
 * window after elimination (elimination.follow_up_months) a new clue, department alert or failed
 * post-elimination check rolls the case back instead of opening a second case; the income-stable
 * date is derived from the income statements (docs/monitoring.md). Thread use: as every store
 * call, one thread at a time per rg_store.
 * ------------------------------------------------------------------------------------------- */

/* Findings of a post-elimination check (bits of rg_post_elimination_check.findings; DOMAIN.md 1.9). */
#define RG_POSTCHECK_INCOME_BELOW_RANGE 1  /* 4_11_010: aided elimination, income below the range */
#define RG_POSTCHECK_NO_WAGE_INCOME 2      /* 4_11_012: employment or public job, no wage income */
#define RG_POSTCHECK_NO_TRANSFER_INCOME 4  /* 4_11_013: dibao/tekun/disability, no transfer income */
#define RG_POSTCHECK_NO_BUSINESS_INCOME 8  /* 5_11_013: industry measure, no business income */

/* A clue of any channel but department data (those go through rg_cases_ingest), with the policy
 * that knows the follow-up window: when the household's latest case is eliminated and `found`
 * lies in its follow-up window, that case is rolled back (re-identification, *out_reidentified =
 * 1) and *out_case_id is its id; otherwise a new case is opened (*out_reidentified = 0).
 * out_reidentified may be NULL. (rg_case_open, without a policy, refuses a household with an
 * eliminated case with RG_EREFUSED.) Errors: RG_EINVAL (NULL; channel not an RG_CHANNEL_*
 * value; NULL note with a length), RG_ENOTFOUND (household), RG_EEXISTS (an open case),
 * RG_ELIMIT (note above RG_CASE_TEXT_MAX), RG_ERANGE (found), RG_EIO, RG_EBUSY, RG_ECORRUPT.
 * Nothing changes on error. */
RG_API RG_NODISCARD rg_status rg_case_open_clue(int64_t* out_case_id, uint8_t* out_reidentified,
                                                rg_store* store, const rg_policy* policy,
                                                int64_t household_key, int32_t channel,
                                                rg_date found, const char* note, size_t note_len);

/* Reassesses the warning level of a case under monitoring (an RG_STEP_REASSESS event): `level`
 * (RG_LEVEL_BLUE..RG_LEVEL_RED) as found, or RG_LEVEL_NONE to derive it with the policy from the
 * household's facts on `date` (a monitored case keeps at least RG_LEVEL_BLUE). A change is kept
 * in the level history (rg_case_level_history) and the visit schedule follows the new level.
 * *out_level (may be NULL) receives the level after it. Errors: RG_EINVAL (NULL store or policy,
 * level not an RG_LEVEL_* value, NULL text with a length), RG_ENOTFOUND (case), RG_ESTATE (not
 * under monitoring), RG_EREFUSED (empty actor; no income statement to derive from), RG_ERANGE
 * (date before the previous event), RG_ELIMIT, RG_EIO, RG_EBUSY, RG_ECORRUPT. */
RG_API RG_NODISCARD rg_status rg_case_reassess(uint8_t* out_level, rg_store* store,
                                               const rg_policy* policy, int64_t case_id,
                                               rg_date date, int32_t level, const char* actor,
                                               size_t actor_len, const char* note,
                                               size_t note_len);

/* Logs a visit and reassesses the level in the same transaction (actor: the visitor; `level` as
 * for rg_case_reassess). *out_visit_id and *out_level (either may be NULL). Errors: those of
 * rg_case_record_visit and rg_case_reassess; nothing is written on error. */
RG_API RG_NODISCARD rg_status rg_case_visit_reassess(int64_t* out_visit_id, uint8_t* out_level,
                                                     rg_store* store, const rg_policy* policy,
                                                     int64_t case_id, rg_date date,
                                                     const char* visitor, size_t visitor_len,
                                                     const char* findings, size_t findings_len,
                                                     int32_t level);

/* One change of a case's warning level. */
typedef struct rg_level_change {
  int32_t sequence;   /* the case event that changed it (1-based) */
  rg_date date;
  uint8_t step;       /* RG_STEP_* (county approval, rollback, reassessment, elimination) */
  uint8_t level_from; /* RG_LEVEL_* */
  uint8_t level_to;   /* RG_LEVEL_* */
  uint8_t reserved;
} rg_level_change;

/* The level history of a case, oldest first, into out[0..capacity). *out_count (required) always
 * receives the number of changes, also on RG_EBUFFER (capacity too small; nothing written), so a
 * first call with capacity 0 sizes the array. Errors: RG_EINVAL (NULL out_count or store, NULL
 * out with capacity), RG_ENOTFOUND (case), RG_EBUFFER, RG_EIO, RG_EBUSY, RG_ECORRUPT. */
RG_API RG_NODISCARD rg_status rg_case_level_history(rg_level_change* out, size_t capacity,
                                                    size_t* out_count, rg_store* store,
                                                    int64_t case_id);

/* The case's clocks on display: *out_monitored_since, the later of identification and the last
 * rollback (RG_DATE_NONE before identification), and *out_income_stable_since, the first date
 * from which the household's income has stayed at or above its threshold, derived from the
 * income statements ending on or before as_of (RG_DATE_NONE when the latest is below it). Either
 * output may be NULL. Errors: RG_EINVAL, RG_ENOTFOUND (case or household), RG_EREFUSED (no
 * income statement on or before as_of, for the income date), RG_ERANGE (as_of), RG_EIO,
 * RG_EBUSY, RG_ECORRUPT. */
RG_API RG_NODISCARD rg_status rg_case_clocks(rg_date* out_monitored_since,
                                             rg_date* out_income_stable_since, rg_store* store,
                                             const rg_policy* policy, int64_t case_id,
                                             rg_date as_of);

typedef struct rg_post_elimination_check {
  uint32_t struct_size; /* set by the caller */
  uint8_t rolled_back;  /* 1: a check failed and the case was rolled back */
  uint8_t reserved[3];
  int64_t check_id;
  uint32_t findings;    /* RG_POSTCHECK_* bits; 0 = passed */
  rg_date date;
} rg_post_elimination_check;

/* Runs the post-elimination checks of DOMAIN.md 1.9 on an eliminated case inside its follow-up
 * window, with the household's latest income statement on or before `date` and the case's
 * measures, records the check, and rolls the case back when one fails (the policy's schedule:
 * a check falls due every elimination.post_check_interval_months; rg_alerts_scan raises
 * RG_ALERT_POST_ELIMINATION_CHECK_DUE until it is recorded). Errors: RG_EINVAL (NULL, struct_size,
 * empty actor), RG_ENOTFOUND (case), RG_ESTATE (not eliminated), RG_EREFUSED (outside the
 * follow-up window, naming its end; no income statement), RG_ERANGE, RG_ELIMIT, RG_EIO,
 * RG_EBUSY, RG_ECORRUPT. Nothing changes on error. */
RG_API RG_NODISCARD rg_status rg_case_post_elimination_check(rg_post_elimination_check* out,
                                                             rg_store* store,
                                                             const rg_policy* policy,
                                                             int64_t case_id, rg_date date,
                                                             const char* actor, size_t actor_len);

/* ---------------------------------------------------------------------------------------------
 * Part: roles, procedure limits, warning letters (issue 16)
 *
 * Roles 角色 of case steps (rg_case_step.role), the procedure's time limits in calendar or working
 * days with working-day calendars (policy JSON "procedure", docs/policy-format.md), and risk
 * warning letters 风险预警提示函 (DOMAIN.md 1.5). All functions are thread-safe on distinct
 * handles; a store handle is used by one thread at a time.
 * ------------------------------------------------------------------------------------------- */

#define RG_ROLE_UNSPECIFIED 0 /* no role given (callers from before issue 16) */
#define RG_ROLE_VILLAGE 1     /* 村委会 */
#define RG_ROLE_TOWNSHIP 2    /* 乡镇 */
#define RG_ROLE_COUNTY 3      /* 县级 */
#define RG_ROLE_DEPARTMENT 4  /* 部门 */

#define RG_DAYS_CALENDAR 1 /* 自然日 */
#define RG_DAYS_WORKING 2  /* 工作日 of a named calendar */

#define RG_LIMIT_IDENTIFY 1           /* clue found -> county approval, at most */
#define RG_LIMIT_NOTICE 2             /* village notice, at least (inclusive) */
#define RG_LIMIT_TOWNSHIP_TO_COUNTY 3 /* township approval -> county approval, at most */
#define RG_LIMIT_ELIMINATION_NOTICE 4 /* elimination notice, at least */

#define RG_ANSWER_VERIFIED 1    /* 已核实 */
#define RG_ANSWER_RULED_OUT 2   /* 排除 (reason required) */
#define RG_ANSWER_CASE_OPENED 3 /* 纳入: a case opened or the household's open case joined */

#define RG_CALENDAR_ID_MAX 64u            /* bytes of a calendar id */
#define RG_WORKING_DAYS_MAX 3660u         /* days of one working-day count or limit */
#define RG_LETTER_HOUSEHOLDS_MAX 1000000u /* households in one warning letter */
#define RG_LETTER_TEXT_MAX 2000u          /* bytes of a letter's batch label, an answer's actor/reason */

/* One procedure limit of a policy. *out_is_set = 0 for an optional limit the policy does not set
 * (RG_LIMIT_TOWNSHIP_TO_COUNTY by default; then the other outputs are 0 / ""). out_calendar
 * (capacity bytes, may be NULL with capacity 0) receives the calendar id of a working-day limit,
 * NUL-terminated; *out_calendar_length (may be NULL) its length. Errors: RG_EINVAL (NULL policy or
 * outputs, limit outside RG_LIMIT_*), RG_EBUFFER (out_calendar too small). */
RG_API RG_NODISCARD rg_status rg_policy_procedure_limit(int32_t* out_days, uint8_t* out_unit,
                                                        uint8_t* out_is_set, char* out_calendar,
                                                        size_t calendar_capacity,
                                                        size_t* out_calendar_length,
                                                        const rg_policy* policy, int32_t limit);

/* The deadline of a maximum limit (RG_LIMIT_IDENTIFY, RG_LIMIT_TOWNSHIP_TO_COUNTY)
 * counted from start: start + days in the limit's unit (working days skip weekends and holidays
 * and count make-up working days 调休). Errors: RG_EINVAL (NULL, limit outside RG_LIMIT_*),
 * RG_ENOTFOUND (the optional limit is not set), RG_ERANGE (the count leaves the calendar's range). */
RG_API RG_NODISCARD rg_status rg_policy_limit_deadline(rg_date* out, const rg_policy* policy,
                                                       int32_t limit, rg_date start);

/* The date `days` working days after start in the policy's calendar `calendar` (start not
 * counted). Errors: RG_EINVAL (NULL, NULL calendar with a length), RG_ENOTFOUND (no such calendar
 * in the policy: the message names it and the known ones), RG_ERANGE (days outside
 * 0..RG_WORKING_DAYS_MAX, dates outside the calendar's range), RG_ELIMIT (calendar id longer than
 * RG_CALENDAR_ID_MAX). */
RG_API RG_NODISCARD rg_status rg_policy_add_working_days(rg_date* out, const rg_policy* policy,
                                                         const char* calendar, size_t calendar_len,
                                                         rg_date start, int32_t days);

/* Working days in the closed range from..to (0 when to < from). Errors as
 * rg_policy_add_working_days. */
RG_API RG_NODISCARD rg_status rg_policy_working_days_between(int32_t* out, const rg_policy* policy,
                                                             const char* calendar,
                                                             size_t calendar_len, rg_date from,
                                                             rg_date to);

/* *out_allowed = 1 when the policy's role model lets `role` do `step`. Errors: RG_EINVAL (NULL,
 * step outside RG_STEP_*, role outside RG_ROLE_VILLAGE..RG_ROLE_DEPARTMENT). */
RG_API RG_NODISCARD rg_status rg_policy_step_role_allowed(uint8_t* out_allowed,
                                                          const rg_policy* policy, int32_t step,
                                                          int32_t role);

/* The category proposed for a case by its verify / review step (RG_CATEGORY_NONE if none). The
 * running notice (rg_case_notice) shows it until the county records the category. Errors:
 * RG_EINVAL, RG_ENOTFOUND, RG_EIO, RG_EBUSY, RG_ECORRUPT. */
RG_API RG_NODISCARD rg_status rg_case_proposed_category(uint8_t* out_category, rg_store* store,
                                                        int64_t case_id);

typedef struct rg_warning_letter {
  uint32_t struct_size; /* sizeof(rg_warning_letter) */
  uint8_t department;   /* RG_DEPT_* that screened the households */
  uint8_t reserved[3];
  uint64_t county;        /* 12-digit region code of the county receiving the letter */
  rg_date issued;         /* the day the letter was sent */
  rg_date deadline;       /* feedback 反馈 due on or before this day (>= issued) */
  const char* batch;      /* batch label, unique per department and county */
  size_t batch_len;
  const int64_t* household_keys; /* household_count keys, each once */
  size_t household_count;
} rg_warning_letter;

/* Sets struct_size, the dates to RG_DATE_NONE and everything else to 0. */
RG_API void rg_warning_letter_init(rg_warning_letter* letter);

/* Stores a warning letter; *out_letter_id receives its id. Errors: RG_EINVAL (NULL, struct_size,
 * department outside RG_DEPT_*, empty batch, no household, a household twice, NULL keys with a
 * count), RG_ERANGE (deadline before issued), RG_ENOTFOUND (a household key not in the store),
 * RG_EEXISTS (the batch label already sent by the department to the county), RG_ELIMIT (above
 * RG_LETTER_HOUSEHOLDS_MAX or RG_LETTER_TEXT_MAX), RG_EIO, RG_EBUSY, RG_ECORRUPT. Nothing is
 * stored on error. */
RG_API RG_NODISCARD rg_status rg_warning_letter_issue(int64_t* out_letter_id, rg_store* store,
                                                      const rg_warning_letter* letter);

/* Answers one household of a letter: kind RG_ANSWER_*; reason is required for
 * RG_ANSWER_RULED_OUT. RG_ANSWER_CASE_OPENED opens a case (channel RG_CHANNEL_DEPARTMENT_DATA,
 * found on `date`) or joins the household's open case; *out_case_id (may be NULL) receives it (0
 * for the other kinds). Errors: RG_EINVAL (NULL, kind outside RG_ANSWER_*, empty actor, ruled out
 * without a reason), RG_ENOTFOUND (letter; household not in the letter), RG_EEXISTS (household
 * already answered), RG_ERANGE (date before the letter was issued), RG_ELIMIT (texts above
 * RG_LETTER_TEXT_MAX), RG_EIO, RG_EBUSY, RG_ECORRUPT. Nothing is stored on error. */
RG_API RG_NODISCARD rg_status rg_warning_letter_answer(int64_t* out_case_id, rg_store* store,
                                                       int64_t letter_id, int64_t household_key,
                                                       int32_t kind, rg_date date,
                                                       const char* actor, size_t actor_len,
                                                       const char* reason, size_t reason_len);

typedef struct rg_letter_counts {
  uint32_t struct_size; /* set by the caller */
  uint8_t overdue;      /* 1: past the deadline on as_of with households unanswered */
  uint8_t reserved[3];
  int64_t letter_id;
  rg_date deadline;
  int32_t reserved2;
  uint64_t households;
  uint64_t verified;
  uint64_t ruled_out;
  uint64_t case_opened;
  uint64_t unanswered;
  uint64_t answered_late; /* answered after the deadline */
} rg_letter_counts;

/* The counts of one letter (one batch) on as_of: answers dated after as_of are not counted.
 * Errors: RG_EINVAL (NULL, struct_size), RG_ENOTFOUND, RG_EIO, RG_EBUSY, RG_ECORRUPT. */
RG_API RG_NODISCARD rg_status rg_warning_letter_counts(rg_letter_counts* out, rg_store* store,
                                                       int64_t letter_id, rg_date as_of);

/* Raises an alert for every letter overdue on as_of (once per letter); *out_raised (may be NULL)
 * receives how many are new. Errors: RG_EINVAL, RG_EIO, RG_EBUSY, RG_ECORRUPT. */
RG_API RG_NODISCARD rg_status rg_warning_letters_scan(size_t* out_raised, rg_store* store,
                                                      rg_date as_of);

/* The letters with a raised overdue alert, by id: up to capacity ids into out_letter_ids (may be
 * NULL with capacity 0); *out_count receives how many there are. Errors: RG_EINVAL, RG_EBUFFER
 * (capacity below the count; nothing written), RG_EIO, RG_EBUSY, RG_ECORRUPT. */
RG_API RG_NODISCARD rg_status rg_warning_letters_overdue(int64_t* out_letter_ids, size_t capacity,
                                                         size_t* out_count, rg_store* store);

/* ---------------------------------------------------------------------------------------------
 * Named limits (docs/limits.md). Every size a caller controls has a maximum; past it a call
 * returns RG_ELIMIT and writes nothing, with rg_last_error_message() naming the limit, the field
 * and the value. The limits defined in the sections above (RG_ALLOCATE_PARTS_MAX,
 * RG_BATCH_ROWS_MAX, RG_TRANSFER_MEMO_MAX, RG_LEDGER_BATCH_MAX, RG_FGT_ENTRIES_MAX,
 * RG_AF_PEOPLE_MAX, RG_AF_INDICATORS_MAX, RG_HOUSEHOLD_ID_MAX, RG_PHONE_MAX, RG_ID_NUMBER_MAX,
 * RG_REGION_NAME_MAX, RG_ASSET_TEXT_MAX, RG_ASSET_DRAFTS_MAX, RG_DISTRIBUTION_PURPOSES_MAX,
 * RG_DISTRIBUTION_BENEFICIARIES_MAX, RG_SUMMARY_HOUSEHOLDS_MAX) work the same way. Lookups by a
 * text key longer than the key's maximum (rg_households_get, rg_members_get,
 * rg_members_list, rg_members_find_by_id_number, rg_store_load_policy) return RG_ELIMIT too.
 * Values only ever grow between releases.
 * ------------------------------------------------------------------------------------------- */

#define RG_MONEY_TEXT_MAX 256u          /* bytes of text rg_money_parse reads */
#define RG_PATH_MAX 4096u               /* bytes of every file path: rg_store_open, rg_csv_files,
                                           rg_csv_import_options.rejects_dir */
#define RG_POLICY_JSON_MAX 1048576u     /* bytes of rg_policy_from_json text (1 MiB) */
#define RG_POLICY_ID_MAX 64u            /* bytes of a policy id (JSON "id", rg_store_load_policy) */
#define RG_POLICY_SOURCE_MAX 1000u      /* bytes of a policy's JSON "source" */
#define RG_RUN_LABEL_MAX 256u           /* bytes of an rg_risk_run_record label; its rows are at
                                           most RG_BATCH_ROWS_MAX */
#define RG_INGEST_RECORDS_MAX 10000000u /* department records per rg_cases_ingest call */
#define RG_CASE_TEXT_MAX 2000u          /* bytes of each case text: notes, actors, visitor,
                                           findings, contact name/phone/rank, who, head name */
#define RG_MEASURE_CONTENT_MAX 1000u    /* bytes of rg_case_add_measure content */
#define RG_HISTORY_MAX 100000u          /* entries rg_ledger_history returns for one period */
#define RG_PROJECT_NAME_MAX 256u        /* bytes of an rg_project_add name */
#define RG_DECISION_DOCUMENT_MAX 256u   /* bytes of rg_distribution_plan.decision_document */
#define RG_SYNTHETIC_HOUSEHOLDS_MAX 20000000u /* rg_synthetic_county_options.households */
#define RG_SUMMARY_JSON_MAX 268435456u  /* bytes of rg_summary_from_json text (256 MiB) */
#define RG_INDICATORS_JSON_MAX 1048576u /* bytes of rg_report_render indicators_json (1 MiB) */
#define RG_INDICATORS_MAX 64u           /* indicators in one indicator set */

#ifdef __cplusplus
}
#endif

#endif /* RURALGUARD_H */
