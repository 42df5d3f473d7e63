/* test_errors.c - error codes, their texts and names, and the version. */
#include <string.h>

#include "pftest.h"

static void test_codes_are_negative_and_distinct(void)
{
    int codes[] = {
#define CODE(name, value, text) PF_##name,
        PF_ERRNO_MAP(CODE)
#undef CODE
    };
    size_t n = sizeof codes / sizeof codes[0];
    for (size_t i = 0; i < n; i++) {
        CU_ASSERT(codes[i] < 0);
        for (size_t j = i + 1; j < n; j++)
            CU_ASSERT_NOT_EQUAL(codes[i], codes[j]);
    }
}

static void test_texts_and_names(void)
{
    CU_ASSERT_STRING_EQUAL(pf_err_name(PF_EINVAL), "PF_EINVAL");
    CU_ASSERT_STRING_EQUAL(pf_err_name(PF_EOWNERDEAD), "PF_EOWNERDEAD");
    CU_ASSERT_STRING_EQUAL(pf_err_name(12345), "PF_UNKNOWN");
    CU_ASSERT_STRING_EQUAL(pf_err_name(0), "OK");
    CU_ASSERT_STRING_EQUAL(pf_strerror(PF_ETIMEDOUT), "timed out");
    CU_ASSERT_STRING_EQUAL(pf_strerror(0), "success");
    CU_ASSERT_PTR_NOT_NULL(pf_strerror(-99999));
    /* A negated errno outside the list falls back to strerror's text. */
    CU_ASSERT_STRING_EQUAL(pf_strerror(-EISDIR), strerror(EISDIR));
    CU_ASSERT_EQUAL(PF_EINVAL, -EINVAL);
}

static void test_version(void)
{
    CU_ASSERT_STRING_EQUAL(pf_version(), PFOR_VERSION_STRING);
}

void pftest_main(void)
{
    pftest_suite("errors");
    pftest_add("codes are negative and distinct",
               test_codes_are_negative_and_distinct);
    pftest_add("texts and names", test_texts_and_names);
    pftest_add("version", test_version);
}
