#!/bin/sh
# nsagent.sh - Open MPI's launch agent (plm_rsh_agent) for the two-"host"
# test: where mpirun would run `ssh HOST command`, run the command inside
# the network namespace that holds HOST's address, with its own host name.
# Usage (by mpirun): nsagent.sh [options] HOST command...
while [ $# -gt 0 ]; do
    case $1 in
        -*) shift ;;            # ssh options mpirun may pass
        *) break ;;
    esac
done
host=$1
shift
ns=$(cat "${PFOR_NS_MAP:?}" | awk -v h="$host" '$1 == h { print $2 }')
[ -n "$ns" ] || { echo "nsagent: no namespace for $host" >&2; exit 1; }
exec ip netns exec "$ns" unshare --uts sh -c "hostname $(echo "$ns" | tr _ -); $*"
