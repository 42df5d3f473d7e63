#!/bin/sh
# run.sh - the iterative-code figures of issue 12: Jacobi 2-D, heat 3-D,
# FDTD 2-D and LU, each built as
#   serial       cc, the `for` variant with its pragmas ignored (reference)
#   for          pfcc, plain `parallel for` loops (adaptive default), and
#   for/noadapt  the same binary with PFOR_ADAPT=0
#   region       pfcc, one `pfor parallel` region
#   region/omp   pfcc --backend=openmp, the same region source
#   omp          gcc -fopenmp, the hand-written OpenMP peer
# and run side by side with W workers (PFOR_WORKERS, OMP_NUM_THREADS); the
# table gives the median kernel time of R runs (interleaved: round r runs
# every variant once), the ratio to serial and whether the checksum
# equals the serial one.  A variant that cannot be
# built is reported as such, with the first line of the error.
#
# Usage: bench/iterative/run.sh [-w WORKERS] [-r RUNS] [-b BUILD_DIR]
#                               [-k "jacobi2d heat3d fdtd2d lu"]
#                               [-v "for noadapt region regomp omp"] [-D...]
# (-v: the variants besides serial to run; all by default.)
# Extra -D options (sizes, e.g. -DN=600) go to every compile.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$root/build
workers=2
runs=3
kernels="jacobi2d heat3d fdtd2d lu"
variants="for noadapt region regomp omp"
defs=
while [ $# -gt 0 ]; do
    case $1 in
    -w) workers=$2; shift 2 ;;
    -r) runs=$2; shift 2 ;;
    -b) build=$2; shift 2 ;;
    -k) kernels=$2; shift 2 ;;
    -v) variants=$2; shift 2 ;;
    -D*) defs="$defs $1"; shift ;;
    *) echo "usage: $0 [-w W] [-r R] [-b BUILD] [-k KERNELS] [-v VARIANTS] [-DNAME=V...]" >&2
       exit 2 ;;
    esac
done
pfcc=$build/bin/pfcc
cc=${CC:-cc}
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

# build NAME COMMAND...: runs the compile, keeps its first error line.
build() {
    name=$1
    shift
    if "$@" >"$tmp/$name.log" 2>&1; then
        return 0
    fi
    grep -m1 -E 'error|refused|not available|unknown' "$tmp/$name.log" \
        >"$tmp/$name.why" || head -n1 "$tmp/$name.log" >"$tmp/$name.why"
    return 1
}

# median TIMES...: the middle value of the numbers given.
median() {
    printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 }
        END { if (NR % 2) print v[(NR + 1) / 2];
              else printf "%.6f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# once LABEL EXE [ENV...]: runs EXE once, appends its time to
# $tmp/LABEL.times and its checksum to $tmp/LABEL.sum (or "failed ...").
once() {
    label=$1
    exe=$2
    shift 2
    out=$(env "$@" "$exe" 2>"$tmp/err") || {
        echo "failed $(head -n1 "$tmp/err")" >"$tmp/$label.sum"
        return
    }
    echo "$out" | awk '{ print $3 }' >>"$tmp/$label.times"
    case $(cat "$tmp/$label.sum" 2>/dev/null) in
    failed*) ;;
    *) echo "$out" | awk '{ print $5 "/" $7 }' >"$tmp/$label.sum" ;;
    esac
}

printf 'bench/iterative: %s workers, median of %s runs, %s, %s\n' \
    "$workers" "$runs" "$(uname -n)" "$(date -u +%Y-%m-%dT%H:%MZ)"
printf 'load average before: %s (a shared machine: compare ratios within one run)\n' \
    "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-9s %-12s %10s %8s  %s\n' kernel variant seconds ratio checksum
for k in $kernels; do
    src=$here/${k}
    s=$tmp/$k.serial
    build "$k.serial" "$cc" -O2 -Wno-unknown-pragmas $defs -I"$here" \
        "${src}_for.c" -o "$s" || {
        printf '%-9s %-12s cannot be built: %s\n' "$k" serial \
            "$(cat "$tmp/$k.serial.why")"
        continue
    }
    skip() {
        printf '%-9s %-12s cannot be built: %s\n' "$k" "$1" \
            "$(cut -c1-150 "$tmp/$2.why")"
    }
    want() { case " $variants " in *" $1 "*) return 0 ;; esac; return 1; }
    # The variants that build, as "label exe env..." lines; then the runs,
    # interleaved (round r runs every variant once), so that the load of
    # a shared machine falls on all of them alike.
    : >"$tmp/$k.plan"
    echo "serial $s" >>"$tmp/$k.plan"
    if want for || want noadapt; then
        if build "$k.for" "$pfcc" -O2 $defs -I"$here" "${src}_for.c" -o "$tmp/$k.for"; then
            want for && echo "for $tmp/$k.for PFOR_WORKERS=$workers" >>"$tmp/$k.plan"
            want noadapt && echo "for/noadapt $tmp/$k.for PFOR_WORKERS=$workers PFOR_ADAPT=0" >>"$tmp/$k.plan"
        else
            skip for "$k.for"
        fi
    fi
    if want region; then
        if build "$k.region" "$pfcc" -O2 $defs -I"$here" "${src}_region.c" -o "$tmp/$k.region"; then
            echo "region $tmp/$k.region PFOR_WORKERS=$workers" >>"$tmp/$k.plan"
        else
            skip region "$k.region"
        fi
    fi
    if want regomp; then
        if build "$k.regomp" "$pfcc" --backend=openmp -O2 $defs -I"$here" \
            "${src}_region.c" -o "$tmp/$k.regomp"; then
            echo "region/omp $tmp/$k.regomp OMP_NUM_THREADS=$workers" >>"$tmp/$k.plan"
        else
            skip region/omp "$k.regomp"
        fi
    fi
    if want omp; then
        if build "$k.omp" gcc -fopenmp -O2 $defs -I"$here" "${src}_omp.c" -o "$tmp/$k.omp"; then
            echo "omp $tmp/$k.omp OMP_NUM_THREADS=$workers" >>"$tmp/$k.plan"
        else
            skip omp "$k.omp"
        fi
    fi
    for r in $(seq "$runs"); do
        while read -r label exe env; do
            # shellcheck disable=SC2086
            once "$k.$(echo "$label" | tr / _)" "$exe" $env
        done <"$tmp/$k.plan"
    done
    base=
    ref=
    while read -r label exe env; do
        f=$tmp/$k.$(echo "$label" | tr / _)
        c=$(cat "$f.sum" 2>/dev/null)
        case $c in
        failed* | "")
            printf '%-9s %-12s run failed: %s\n' "$k" "$label" "$c"
            [ "$label" = serial ] && break
            continue
            ;;
        esac
        # shellcheck disable=SC2046
        t=$(median $(cat "$f.times"))
        if [ "$label" = serial ]; then
            base=$t
            ref=$c
            printf '%-9s %-12s %10s %8s  %s\n' "$k" serial "$t" 1.00 "$c"
            continue
        fi
        ratio=$(awk -v a="$t" -v b="$base" 'BEGIN { printf "%.2f", a / b }')
        ok=same
        [ "$c" = "$ref" ] || ok="DIFFERS ($c)"
        printf '%-9s %-12s %10s %8s  %s\n' "$k" "$label" "$t" "$ratio" "$ok"
    done <"$tmp/$k.plan"
done
