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
 *  - Text is passed as pointer + length in bytes (UTF-8, not necessarily NUL-terminated).
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
 * places and an optional unit suffix 元, 万, 万元, 亿 or 亿元 ("9819.05万" is 98,190,500 yuan).
 * Errors: RG_EINVAL (NULL out, or NULL text with non-zero length, unknown flag), RG_EPARSE
 * (malformed: "12.3.4", "1e5", "", "NaN", "12,34" without the flag), RG_EPRECISION (finer than
 * 1/10000 yuan), RG_EOVERFLOW (beyond about ±922 trillion yuan). *out is unchanged on error. */
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

/* Opens or creates the database at `path` (UTF-8, `path_len` bytes) and migrates it to the
 * current schema. `options` may be NULL for the defaults. On success *out_store is a new handle
 * the caller must release with rg_store_close.
 * Errors: RG_EINVAL (NULL out_store/path, bad struct_size), RG_EIO (cannot open or create),
 * RG_EVERSION (written by a newer ruralguard), RG_ECORRUPT (not a ruralguard database), RG_EBUSY.
 * *out_store is set to NULL on error. */
RG_API RG_NODISCARD rg_status rg_store_open(rg_store** out_store, const char* path, size_t path_len,
                                            const rg_store_options* options);

/* Closes the handle and frees it. NULL is ignored. Must not be called while another thread uses
 * the handle. */
RG_API void rg_store_close(rg_store* store);

/* *out_version = the schema version (PRAGMA user_version) of the open database.
 * Errors: RG_EINVAL, RG_EIO. */
RG_API RG_NODISCARD rg_status rg_store_schema_version(int32_t* out_version, rg_store* store);

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
 * RG_EIO. */
RG_API RG_NODISCARD rg_status rg_store_begin(rg_store* store);
RG_API RG_NODISCARD rg_status rg_store_commit(rg_store* store);
RG_API RG_NODISCARD rg_status rg_store_rollback(rg_store* store);

/* ID numbers are stored as HMAC-SHA256 under a 32-byte per-store key kept outside the database
 * (docs/households.md). By default the key lives in "<database path>.idkey" (created on first
 * use, mode 0600); this call supplies it instead. Call it before the first member is written or
 * looked up through this handle. The key bytes are copied.
 * Errors: RG_EINVAL (NULL, key_len != RG_ID_KEY_BYTES), RG_ECONFLICT (the database was written
 * under another key). */
#define RG_ID_KEY_BYTES 32u
RG_API RG_NODISCARD rg_status rg_store_set_id_key(rg_store* store, const uint8_t* key, size_t key_len);

/* Text fields of the records below are fixed NUL-terminated arrays: no ownership questions. */
#define RG_HOUSEHOLD_ID_MAX 64u /* bytes of a household or person id */
#define RG_PHONE_MAX 32u
#define RG_ID_NUMBER_MAX 32u
#define RG_REGION_NAME_MAX 200u

/* Inserts or updates a region by code (level and parent are derived from the code).
 * key_assist: 0 none, 1 national, 2 provincial, 3 city. Flags are 0 or 1.
 * Errors: RG_EINVAL (NULL store, NULL name with a length, flag out of range), RG_ERANGE or
 * RG_EPARSE (invalid code), RG_ELIMIT (name longer than RG_REGION_NAME_MAX). */
RG_API RG_NODISCARD rg_status rg_households_put_region(rg_store* store, uint64_t code, const char* name,
                                                       size_t name_len, uint8_t former_poverty_county,
                                                       uint8_t key_assist, uint8_t relocation_site);

/* Household types (the risk section uses the same names and values). */
#ifndef RG_HOUSEHOLD_FORMERLY_POOR
#define RG_HOUSEHOLD_FORMERLY_POOR 1           /* 脱贫户 */
#define RG_HOUSEHOLD_FORMERLY_POOR_NO_POLICY 2 /* 脱贫不享受政策户 */
#define RG_HOUSEHOLD_ORDINARY 3                /* 一般农户 */
#endif
typedef struct rg_household_record {
  uint32_t struct_size;  /* sizeof(rg_household_record) */
  uint8_t type;          /* 1, 2 or 3 */
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

/* Inserts or updates the household with record->household_id.
 * Errors: RG_EINVAL (NULL, bad struct_size, an id or phone not NUL-terminated within its array,
 * a type or flag out of range), RG_ENOTFOUND (region not in the store), RG_ELIMIT (empty id). */
RG_API RG_NODISCARD rg_status rg_households_put(rg_store* store, const rg_household_record* record);

/* Reads the household `household_id` into *out (out->struct_size set by the caller).
 * Errors: RG_EINVAL, RG_ENOTFOUND. *out is unchanged on error. */
RG_API RG_NODISCARD rg_status rg_households_get(rg_household_record* out, rg_store* store,
                                                const char* household_id, size_t household_id_len);

/* Member codes (values as in docs/csv-format.md): relation 1 head .. 9 other; sex 1 male,
 * 2 female; education 0..6; school_status 0 not in school, 1 pre-school, 2 compulsory,
 * 3 high school, 4 higher, 5 dropout, 6 home teaching; health 1 healthy, 2 chronic, 3 serious
 * illness, 4 disabled; labour 1 skilled, 2 ordinary, 3 weak, 4 lost, 5 none; status 1 active,
 * 2 naturally decreased (自然减少). id_status: 0 valid, 1 bad format, 2 bad check digit,
 * 3 missing. */
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
   * masked form "5001**********123X"; the clear number is never returned. */
  char id_number[RG_ID_NUMBER_MAX + 1];
} rg_member_record;

/* Zeroes *record, sets struct_size, relation other, sex male, health healthy, labour ordinary,
 * status active and birth_date 1970-01-01. */
RG_API void rg_member_record_init(rg_member_record* record);

/* Inserts or updates the member record->person_id of household record->household_id. The ID
 * number is stored only as its keyed hash and masked form.
 * Errors: RG_EINVAL (NULL, bad struct_size, unterminated text, a code out of range),
 * RG_ENOTFOUND (household not in the store), RG_ELIMIT (empty person id), RG_ERANGE (bad date). */
RG_API RG_NODISCARD rg_status rg_members_put(rg_store* store, const rg_member_record* record);

/* Reads a member by person id, or by clear ID number (hashed before the lookup; the first
 * member stored with that number). Errors: RG_EINVAL, RG_ENOTFOUND. */
RG_API RG_NODISCARD rg_status rg_members_get(rg_member_record* out, rg_store* store,
                                             const char* person_id, size_t person_id_len);
RG_API RG_NODISCARD rg_status rg_members_find_by_id_number(rg_member_record* out, rg_store* store,
                                                           const char* id_number, size_t id_number_len);

/* Writes the members of one household (insertion order) into out[0..capacity); each out[i] must
 * have struct_size set. *out_count receives the number of members, also on RG_EBUFFER.
 * Errors: RG_EINVAL (NULL out_count/store/household_id, NULL out with capacity), RG_EBUFFER
 * (capacity too small: nothing written), RG_ENOTFOUND (no such household). */
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
 * period_start, bad dates). */
RG_API RG_NODISCARD rg_status rg_income_put(rg_store* store, const rg_income_record* record);

/* Per-capita net income (人均纯收入) of a statement: (wage + business_income - business_cost +
 * property + counted transfers) / family_size, exact, rounded once to whole fen half-up.
 * `counted` has RG_TRANSFER_ITEMS flags (1 = the item counts) or is NULL for the built-in
 * defaults (docs/households.md). *out_net_income may be NULL.
 * Errors: RG_EINVAL (NULL out/record), RG_ERANGE (family_size < 1), RG_EOVERFLOW. */
RG_API RG_NODISCARD rg_status rg_income_compute(rg_money* out_per_capita, rg_money* out_net_income,
                                                const rg_income_record* record, const uint8_t* counted);

/* Row counts; each output may be NULL (at least one must not be). Errors: RG_EINVAL, RG_EIO. */
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

/* Imports the files in one IMMEDIATE transaction (docs/csv-format.md). In all-or-nothing mode
 * any row error rolls everything back (the database file is unchanged) and the call returns
 * RG_EPARSE with the first error as the message; in commit-valid-rows mode the valid rows are
 * committed, the others go to "<file>.rejects.csv", and the call returns RG_OK. *out (may be
 * NULL) is filled in both cases. options may be NULL for the defaults.
 * Errors: RG_EINVAL (NULL store/files, struct sizes), RG_EIO (a file cannot be read, a rejects
 * file written), RG_ESTATE (a transaction is open on the handle), RG_EBUSY, RG_EPARSE. */
RG_API RG_NODISCARD rg_status rg_households_import_csv(rg_csv_import_result* out, rg_store* store,
                                                       const rg_csv_files* files,
                                                       const rg_csv_import_options* options);

/* Writes every row in the import format, English headers, ID numbers masked. Errors: RG_EINVAL,
 * RG_EIO. */
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
 * *out_total (may be NULL) the number of findings; on_finding (may be NULL) is called for each
 * of the first `findings_max` findings. Read-only. Errors: RG_EINVAL, RG_ERANGE (as_of), RG_EIO. */
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

/* Writes the county into the store in one transaction (no transaction may be open), or into
 * the CSV files. *out (may be NULL) receives the summary.
 * Errors: RG_EINVAL (NULL, struct sizes, an option out of range), RG_ESTATE, RG_EBUSY, RG_EIO. */
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
  const uint16_t* events;                      /* always 0: events come from clues */
  /* Beyond the risk input: */
  const int64_t* household_key;                /* row key, for rg_household_table_household_id */
  const uint8_t* has_income;
  const uint8_t* relocated;
  const int32_t* elderly;                      /* active members aged 65+ on as_of */
  const int32_t* school_age;                   /* active members of compulsory school age */
} rg_household_table_view;

/* Loads the households whose region lies within `region_prefix` (2, 4, 6, 9 or 12 digits; NULL
 * or empty = all) as of `as_of`, with the default income item policies. The caller owns
 * *out_table (rg_household_table_free); it does not depend on the store afterwards.
 * Errors: RG_EINVAL (NULL), RG_EPARSE (bad prefix), RG_ERANGE (as_of), RG_EIO, RG_ENOMEM. */
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

#ifdef __cplusplus
}
#endif

#endif /* RURALGUARD_H */
