#!/usr/bin/python3
"""survey.py - the status of every ported program, for README.md.

For each port (tests/e2e/ports/*.c, or the names given) it builds the serial
reference with plain cc and then two pfor builds:

  written     the port itself, as a user following DESIGN.md writes it;
  subset      the same file with the clauses the first survey had to take
              out for pforc of that time (private, firstprivate,
              lastprivate, shared, default, collapse, nowait,
              schedule(auto), copyprivate dropped; num_threads -> workers),
              collect sections kept: the input of the "before" count of
              lost-write warnings (README.md), so the counts compare.

and reports for each: refused by pforc (the first message), the generated
code does not compile (the first error), crashes, WRONG (outputs differ
from the serial run; the first differing lines) or passes, with
PFOR_WORKERS = 1, 2, 3, 4.  It also lists the lost-write warnings pforc
gives on each build and classifies each one: the variable is in the loop's
private/firstprivate/lastprivate list, or it is the loop variable of an
inner loop (both false alarms), or neither (to be judged by hand).

Usage: survey.py [--build DIR] [--dir DIR] [--out DIR] [name ...]
Writes a summary table to stdout and the details to --out (default
/tmp/pfor-survey).  Not a test: it never fails on a port's status.
"""
import argparse
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))

REFUSED_CLAUSES = ("private", "firstprivate", "lastprivate", "shared",
                   "default", "collapse", "copyprivate")


def split_clauses(text):
    """Splits a clause list into clauses at depth 0 (name or name(...))."""
    out, cur, depth = [], "", 0
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if depth == 0 and (ch.isspace() or ch == ","):
            if cur.strip():
                out.append(cur.strip())
            cur = ""
            if ch == ",":
                continue
            continue
        cur += ch
    if cur.strip():
        out.append(cur.strip())
    # glue "name" + "(...)" written with a space between them
    glued = []
    for c in out:
        if c.startswith("(") and glued:
            glued[-1] += c
        else:
            glued.append(c)
    return glued


def clause_name(clause):
    m = re.match(r"([A-Za-z_]+)", clause)
    return m.group(1) if m else clause


def clause_args(clause):
    i = clause.find("(")
    return clause[i + 1:-1] if i >= 0 else ""


def strip_sections(items):
    """collect(a[0:n], rows[0:n][0:m], b) -> collect(a, rows, b)."""
    out = []
    for item in split_args(items):
        out.append(re.sub(r"\[.*$", "", item.strip()))
    return ", ".join(out)


def split_args(text):
    out, cur, depth = [], "", 0
    for ch in text:
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        if ch == "," and depth == 0:
            out.append(cur)
            cur = ""
            continue
        cur += ch
    if cur.strip():
        out.append(cur)
    return out


def today_pragma(body):
    """Rewrites the text after '#pragma pfor' for the subset."""
    m = re.match(r"\s*(parallel\s+for|map|parallel|for|single|master|"
                 r"barrier)\b(.*)$", body, re.S)
    if not m:
        return body
    head, rest = m.group(1), m.group(2)
    kept = []
    for c in split_clauses(rest):
        name = clause_name(c)
        if name in REFUSED_CLAUSES or name == "nowait":
            continue
        if name == "schedule" and clause_args(c).strip() == "auto":
            continue
        if name == "num_threads":
            c = "workers(" + clause_args(c) + ")"
        kept.append(c)
    return " " + head + (" " + " ".join(kept) if kept else "")


def pragmas(lines):
    """Yields (first, last, text) of each '#pragma pfor' (with its
    backslash continuations), line numbers 0-based."""
    i = 0
    while i < len(lines):
        if re.match(r"\s*#\s*pragma\s+pfor\b", lines[i]):
            j = i
            while lines[j].rstrip("\n").endswith("\\") and j + 1 < len(lines):
                j += 1
            text = " ".join(l.rstrip("\n").rstrip("\\") for l in lines[i:j + 1])
            yield i, j, text
            i = j + 1
        else:
            i += 1


def make_today(src, dst):
    lines = open(src).read().splitlines(True)
    out = list(lines)
    for first, last, text in pragmas(lines):
        m = re.match(r"(\s*#\s*pragma\s+pfor)(.*)$", text, re.S)
        new = m.group(1) + today_pragma(m.group(2)) + "\n"
        out[first] = new
        for k in range(first + 1, last + 1):
            out[k] = "\n"  # keep the line numbers
    open(dst, "w").write("".join(out))


def private_lists(lines):
    """Maps each pragma's first line to (private-like names, lastprivate
    names) of its clauses."""
    res = {}
    for first, last, text in pragmas(lines):
        m = re.match(r"\s*#\s*pragma\s+pfor\s*(.*)$", text, re.S)
        names, lasts = set(), set()
        for c in split_clauses(m.group(1)):
            args = set(a.strip() for a in split_args(clause_args(c)))
            if clause_name(c) in ("private", "firstprivate"):
                names.update(args)
            elif clause_name(c) == "lastprivate":
                lasts.update(args)
        res[first] = (names, lasts)
    return res


def declared_in_body(lines, start, line_no, name):
    """True when a line of the loop before the warning declares name with
    a type word in front (pforc misses declarations it cannot parse, such
    as one carrying __attribute__)."""
    decl = re.compile(r"\b(int|float|double|char|long|short|unsigned|"
                      r"size_t|struct\s+\w+)\b[^;=]*\b" + re.escape(name) +
                      r"\s*(\[|=|;|,|\)|__attribute__)")
    return any(decl.search(l) for l in lines[start + 1:line_no])


def classify(lines, line_no, name):
    """Classifies a lost-write warning at 1-based line_no naming name:
    lastprivate (a real lost write: the value is used after the loop),
    inner-loop-var, private, body-decl (false alarms) or other."""
    lists = private_lists(lines)
    owner = max([p for p in lists if p < line_no - 1], default=None)
    privs, lasts = lists[owner] if owner is not None else (set(), set())
    if name in lasts:
        return "lastprivate"
    if re.search(r"for\s*\(\s*" + re.escape(name) + r"\s*=",
                 lines[line_no - 1]):
        return "inner-loop-var"
    if name in privs:
        return "private"
    if owner is not None and declared_in_body(lines, owner, line_no, name):
        return "body-decl"
    return "other"


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def first_message(text, kind):
    for l in text.splitlines():
        if ": %s:" % kind in l:
            return l.split(": %s:" % kind, 1)[1].strip()
    return text.strip().splitlines()[0] if text.strip() else "(no message)"


def build_pfor(src, exe, build, work, incdir):
    """Returns (stage, message, warnings) with stage refused/nobuild/ok."""
    gen = os.path.join(work, os.path.basename(exe) + ".pfor.c")
    r = run([os.path.join(build, "bin", "pforc"), "-o", gen, src])
    warnings = []
    for l in r.stderr.splitlines():
        m = re.match(r"(.*?):(\d+):(\d+): warning: '([^']+)' is assigned", l)
        if m:
            warnings.append((int(m.group(2)), m.group(4)))
    if r.returncode != 0:
        nerr = sum(1 for l in r.stderr.splitlines() if ": error:" in l)
        return "refused", "%s (%d error%s)" % (
            first_message(r.stderr, "error"), nerr, "" if nerr == 1 else "s"), \
            warnings, r.stderr
    c = run(["cc", "-O2", "-Wall", "-Wextra", "-Werror",
             "-I", os.path.join(ROOT, "runtime", "include"),
             "-iquote", incdir, gen, "-o", exe,
             os.path.join(build, "lib", "libpfor.a"), "-lpthread", "-lm"])
    if c.returncode != 0:
        return "nobuild", first_message(c.stderr, "error"), warnings, \
            r.stderr + c.stderr
    return "ok", "", warnings, r.stderr


def compare(ref_out, exe, work):
    for w in (1, 2, 3, 4):
        env = dict(os.environ, PFOR_WORKERS=str(w))
        try:
            r = subprocess.run([exe], capture_output=True, text=True,
                               env=env, timeout=300)
        except subprocess.TimeoutExpired:
            return "crash", "timeout after 300 s (PFOR_WORKERS=%d)" % w, ""
        if r.returncode != 0:
            return "crash", "exit status %d with PFOR_WORKERS=%d: %s" % (
                r.returncode, w, (r.stderr.strip().splitlines() or [""])[-1]
            ), r.stderr
        if r.stdout != ref_out:
            open(os.path.join(work, "out"), "w").write(r.stdout)
            open(os.path.join(work, "ref"), "w").write(ref_out)
            d = run(["diff", "-u", os.path.join(work, "ref"),
                     os.path.join(work, "out")]).stdout
            lines = [l for l in d.splitlines()
                     if l[:1] in "+-" and not l.startswith(("+++", "---"))]
            return "WRONG", "PFOR_WORKERS=%d, %d lines differ" % (
                w, len(lines)), "\n".join(lines[:8])
    return "pass", "", ""


def survey(name, args):
    src = os.path.join(args.dir, name + ".c")
    work = os.path.join(args.out, name)
    os.makedirs(work, exist_ok=True)
    ref = os.path.join(work, "ref.bin")
    c = run(["cc", "-O2", "-Wall", "-Wextra", "-Werror",
             "-Wno-unknown-pragmas", src, "-o", ref, "-lm"])
    if c.returncode != 0:
        return {"name": name, "error": "reference does not build: " +
                first_message(c.stderr, "error")}
    ref_out = run([ref]).stdout
    lines = open(src).read().splitlines(True)
    res = {"name": name}
    today_src = os.path.join(work, name + ".subset.c")
    make_today(src, today_src)
    for tag, s in (("written", src), ("subset", today_src)):
        stage, msg, warns, log = build_pfor(s, os.path.join(work, tag),
                                            args.build, work, args.dir)
        if stage == "ok":
            stage, msg, excerpt = compare(ref_out, os.path.join(work, tag),
                                          work)
        else:
            excerpt = ""
        open(os.path.join(work, tag + ".log"), "w").write(log + excerpt)
        kinds = [classify(lines, ln, v) for ln, v in warns]
        res[tag] = {"status": stage, "message": msg, "excerpt": excerpt,
                    "warnings": [(ln, v, k) for (ln, v), k in
                                 zip(warns, kinds)]}
    return res


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--out", default="/tmp/pfor-survey")
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    names = args.names or sorted(
        f[:-2] for f in os.listdir(args.dir) if f.endswith(".c"))
    for name in names:
        r = survey(name, args)
        if "error" in r:
            print("%s\tERROR\t%s" % (name, r["error"]))
            continue
        for tag in ("written", "subset"):
            t = r[tag]
            w = t["warnings"]
            kinds = ("lastprivate", "inner-loop-var", "private", "body-decl",
                     "other")
            counts = {k: sum(1 for x in w if x[2] == k) for k in kinds}
            print("%s\t%s\t%s\t%s\twarnings=%d (%s; %s)" % (
                name, tag, t["status"], t["message"], len(w),
                ", ".join("%s %d" % (k, counts[k]) for k in kinds),
                " ".join("%s@%d:%s" % (v, ln, k) for ln, v, k in w)))
            if t["excerpt"]:
                for l in t["excerpt"].splitlines():
                    print("\t\t" + l)
        sys.stdout.flush()


if __name__ == "__main__":
    main()
