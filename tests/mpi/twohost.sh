#!/bin/sh
# twohost.sh - the mpi backend across two "hosts" on one machine: two
# network namespaces joined by a veth pair, each with its own host name;
# mpirun starts the remote orted through nsagent.sh (plm_rsh_agent) instead
# of ssh, and the ranks talk TCP over the veth (btl self,tcp).  Runs the
# CUnit suite with 2 and 3 ranks (-H a,b / -H a:2,b) and a crashing rank
# on the second host.  Needs root and ip netns; exits 77 (skipped) without.
# Usage: twohost.sh <test_mpi_loop> <mpi_programs>
set -u
suite=$1 programs=$2
here=$(cd "$(dirname "$0")" && pwd)
[ "$(id -u)" = 0 ] || { echo "twohost: not root, skipped"; exit 77; }
command -v ip >/dev/null || { echo "twohost: no ip(8), skipped"; exit 77; }
tag=$$
a=pfor_a$tag b=pfor_b$tag va=pfa$tag vb=pfb$tag
net=10.77.$((tag % 200)).
tmp=$(mktemp -d) || exit 1
cleanup() {
    ip netns del "$a" 2>/dev/null
    ip netns del "$b" 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT
ip netns add "$a" && ip netns add "$b" &&
    ip link add "$va" type veth peer name "$vb" &&
    ip link set "$va" netns "$a" && ip link set "$vb" netns "$b" &&
    ip -n "$a" addr add "${net}1/24" dev "$va" &&
    ip -n "$b" addr add "${net}2/24" dev "$vb" &&
    ip -n "$a" link set "$va" up && ip -n "$b" link set "$vb" up &&
    ip -n "$a" link set lo up && ip -n "$b" link set lo up ||
    { echo "twohost: cannot make network namespaces, skipped"; exit 77; }
printf '%s1 %s\n%s2 %s\n' "$net" "$a" "$net" "$b" >"$tmp/map"
LSAN_OPTIONS="suppressions=$here/lsan.supp:print_suppressions=0:fast_unwind_on_malloc=0"
export LSAN_OPTIONS
# Under AddressSanitizer the crash must reach pfor's handler and then the
# default action (ASan would report it itself and exit 1 instead).
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}handle_segv=0:handle_sigbus=0:handle_sigfpe=0"
export ASAN_OPTIONS
# mpirun runs "on" host a (inside its namespace, with its name).
on_a() {
    timeout 300 ip netns exec "$a" unshare --uts sh -c \
        "hostname $(echo "$a" | tr _ -); exec \"\$@\"" sh \
        env PFOR_NS_MAP="$tmp/map" mpirun --allow-run-as-root --oversubscribe \
        --mca plm_rsh_agent "$here/nsagent.sh" --mca btl self,tcp \
        --mca btl_tcp_if_include "${net}0/24" \
        --mca oob_tcp_if_include "${net}0/24" --mca mpi_yield_when_idle 1 \
        -x PFOR_NS_MAP -x PFOR_MPI_OUTPUT -x LSAN_OPTIONS -x ASAN_OPTIONS "$@"
}
passed=0
export PFOR_MPI_OUTPUT=all
for hosts in "${net}1,${net}2 -np 2" "${net}1:2,${net}2 -np 3"; do
    # shellcheck disable=SC2086
    on_a -H $hosts "$suite" >"$tmp/out" 2>&1
    status=$?
    grep -h "tests  \|FAILED" "$tmp/out"
    [ $status = 0 ] || { cat "$tmp/out" | grep -v "^\[rank .\] *$" | head -60; echo "FAIL: suite on $hosts"; exit 1; }
    n=$(grep -c "tests .* 0        0$" "$tmp/out")
    echo "hosts $hosts: $n rank(s) passed"
    grep -q "pfor-b" "$tmp/out" 2>/dev/null || true
    passed=$((passed + 1))
done
# The ranks really were on two hosts.
PFOR_MPI_OUTPUT=all on_a -H "${net}1,${net}2" -np 2 sh -c hostname >"$tmp/out" 2>&1
grep -q "$(echo "$b" | tr _ -)" "$tmp/out" || { cat "$tmp/out"; echo "FAIL: no rank on host b"; exit 1; }
# A rank on host b crashes: the report names it, the job ends, status 139.
unset PFOR_MPI_OUTPUT
on_a -H "${net}1,${net}2" -np 2 "$programs" crash >"$tmp/out" 2>"$tmp/err"
status=$?
cat "$tmp/err" | grep "pfor:"
[ $status = 139 ] || { cat "$tmp/err"; echo "FAIL: crash status $status"; exit 1; }
grep -q "rank 1 of 2 (pid [0-9]*, host $(echo "$b" | tr _ -))" "$tmp/err" ||
    { echo "FAIL: the report does not name host b"; exit 1; }
passed=$((passed + 2))
echo "$passed passed, 0 failed"
