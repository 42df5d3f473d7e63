/* manager_namespace.c - pf_namespace: a hash table (manager_dict.c) whose
 * values start with a type byte. */
#include <string.h>

#include "manager_internal.h"

/* ---- namespace: a table whose values start with a type byte ---- */

#define NS_OBJ(ns) ((object_t *)at((ns)->h.m, (ns)->h.obj))

static int ns_set(pf_namespace_t *ns, const char *name, unsigned char type,
                  const void *p, size_t len)
{
    if (!ns || !name || (!p && len))
        return PF_EINVAL;
    pf_manager_t *m = ns->h.m;
    int rc = pf__mgr_op_begin(m);
    if (rc < 0)
        return rc;
    rc = pf__mgr_table_set(m, NS_OBJ(ns), name, strlen(name), &type, 1, p, len);
    return pf__mgr_op_end(m, rc);
}

int pf_namespace_set_int(pf_namespace_t *ns, const char *name, long long v)
{
    return ns_set(ns, name, PF_NS_INT, &v, sizeof v);
}

int pf_namespace_set_double(pf_namespace_t *ns, const char *name, double v)
{
    return ns_set(ns, name, PF_NS_DOUBLE, &v, sizeof v);
}

int pf_namespace_set_string(pf_namespace_t *ns, const char *name, const char *s)
{
    if (!s)
        return PF_EINVAL;
    return ns_set(ns, name, PF_NS_STRING, s, strlen(s) + 1);
}

int pf_namespace_set_bytes(pf_namespace_t *ns, const char *name, const void *p,
                           size_t len)
{
    return ns_set(ns, name, PF_NS_BYTES, p, len);
}

/* Read attribute `name` of type `type`: into buf (cap) or, when alloc is
 * not NULL, into a malloc'ed copy.  Returns 0, PF_ENOENT, PF_EINVAL (other
 * type), PF_ENOSPC (*len = needed) or PF_ENOMEM. */
static int ns_get(pf_namespace_t *ns, const char *name, unsigned char type,
                  void *buf, size_t cap, size_t *len, void **alloc)
{
    if (!ns || !name || (!buf && cap && !alloc))
        return PF_EINVAL;
    pf_manager_t *m = ns->h.m;
    int rc = pf__mgr_op_begin(m);
    if (rc < 0)
        return rc;
    dict_entry_t *e = pf__mgr_table_get(m, NS_OBJ(ns), name);
    if (!e)
        rc = PF_ENOENT;
    else if ((unsigned char)e->data[e->klen + 1] != type)
        rc = PF_EINVAL;
    else if (alloc)
        rc = pf__mgr_copy_alloc(e->data + e->klen + 2, e->vlen - 1, alloc, len);
    else
        rc =
            pf__mgr_copy_out(e->data + e->klen + 2, e->vlen - 1, buf, cap, len);
    return pf__mgr_op_end(m, rc);
}

int pf_namespace_get_int(pf_namespace_t *ns, const char *name, long long *v)
{
    if (!v)
        return PF_EINVAL;
    return ns_get(ns, name, PF_NS_INT, v, sizeof *v, NULL, NULL);
}

int pf_namespace_get_double(pf_namespace_t *ns, const char *name, double *v)
{
    if (!v)
        return PF_EINVAL;
    return ns_get(ns, name, PF_NS_DOUBLE, v, sizeof *v, NULL, NULL);
}

int pf_namespace_get_string(pf_namespace_t *ns, const char *name, char *buf,
                            size_t cap, size_t *len)
{
    return ns_get(ns, name, PF_NS_STRING, buf, cap, len, NULL);
}

int pf_namespace_get_string_alloc(pf_namespace_t *ns, const char *name,
                                  char **s)
{
    if (!s)
        return PF_EINVAL;
    *s = NULL;
    return ns_get(ns, name, PF_NS_STRING, NULL, 0, NULL, (void **)s);
}

int pf_namespace_get_bytes(pf_namespace_t *ns, const char *name, void *buf,
                           size_t cap, size_t *len)
{
    return ns_get(ns, name, PF_NS_BYTES, buf, cap, len, NULL);
}

int pf_namespace_get_bytes_alloc(pf_namespace_t *ns, const char *name, void **p,
                                 size_t *len)
{
    if (!p)
        return PF_EINVAL;
    *p = NULL;
    return ns_get(ns, name, PF_NS_BYTES, NULL, 0, len, p);
}

int pf_namespace_type(pf_namespace_t *ns, const char *name)
{
    if (!ns || !name)
        return PF_EINVAL;
    pf_manager_t *m = ns->h.m;
    int rc = pf__mgr_op_begin(m);
    if (rc < 0)
        return rc;
    dict_entry_t *e = pf__mgr_table_get(m, NS_OBJ(ns), name);
    rc = e ? (unsigned char)e->data[e->klen + 1] : PF_ENOENT;
    return pf__mgr_op_end(m, rc);
}

int pf_namespace_delete(pf_namespace_t *ns, const char *name)
{
    if (!ns || !name)
        return PF_EINVAL;
    pf_manager_t *m = ns->h.m;
    int rc = pf__mgr_op_begin(m);
    if (rc < 0)
        return rc;
    return pf__mgr_op_end(m, pf__mgr_table_delete(m, NS_OBJ(ns), name));
}
