#!/bin/sh
# install_test.sh - cmake --install pfor into a temporary prefix, then build
# a small annotated program against it from outside the source tree: with
# find_package(pfor) + pfor_target_sources, with pkg-config + pforc, and
# with the installed pfcc.
# Usage: install_test.sh <build-dir> <consumer-dir> <cc> [extra cc flags]
set -u
build=$1 consumer=$2 cc=$3
shift 3
extra="$*"
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
prefix=$tmp/prefix
expect="hello 332833500 998001"

cmake --install "$build" --prefix "$prefix" >"$tmp/install.log" 2>&1 ||
    { cat "$tmp/install.log"; fail "cmake --install"; }
for f in bin/pforc bin/pfcc include/pfor.h include/pfor_abi.h lib/libpfor.a \
         lib/cmake/pfor/pforConfig.cmake lib/cmake/pfor/pforTargets.cmake \
         lib/cmake/pfor/pfor_target_sources.cmake lib/pkgconfig/pfor.pc; do
    [ -e "$prefix/$f" ] || fail "not installed: $f"
done

# Outside the source tree.
cp -r "$consumer" "$tmp/src"

# 1. CMake: find_package(pfor) and pfor_target_sources().
cmake -S "$tmp/src" -B "$tmp/cb" -DCMAKE_PREFIX_PATH="$prefix" \
    -DCMAKE_C_COMPILER="$cc" -DCMAKE_C_FLAGS="$extra" \
    -DCMAKE_EXE_LINKER_FLAGS="$extra" >"$tmp/cmake.log" 2>&1 ||
    { cat "$tmp/cmake.log"; fail "configure the consumer"; }
cmake --build "$tmp/cb" >"$tmp/build.log" 2>&1 ||
    { cat "$tmp/build.log"; fail "build the consumer"; }
[ "$("$tmp/cb/hello")" = "$expect" ] || fail "cmake-built program output"
[ "$("$tmp/cb/hello_serial")" = "$expect" ] || fail "serial-backend output"
# The generated file is rebuilt when the source changes.
sleep 1
echo "/* touched */" >>"$tmp/src/hello.c"
cmake --build "$tmp/cb" >"$tmp/build2.log" 2>&1 || fail "rebuild"
grep -q "pforc hello.c" "$tmp/build2.log" || fail "no pforc step on change"

# 2. pkg-config and pforc by hand.
export PKG_CONFIG_PATH="$prefix/lib/pkgconfig"
pkg-config --exists pfor || fail "pkg-config does not find pfor"
"$prefix/bin/pforc" -o "$tmp/gen.c" "$tmp/src/hello.c" || fail "pforc"
# shellcheck disable=SC2046
$cc $extra -I"$tmp/src" $(pkg-config --cflags pfor) "$tmp/gen.c" \
    $(pkg-config --libs --static pfor) -o "$tmp/hello_pc" || fail "pkg-config build"
[ "$("$tmp/hello_pc")" = "$expect" ] || fail "pkg-config program output"

# 3. The installed pfcc.
CC=$cc "$prefix/bin/pfcc" $extra -O2 "$tmp/src/hello.c" -o "$tmp/hello_pfcc" ||
    fail "pfcc"
[ "$("$tmp/hello_pfcc")" = "$expect" ] || fail "pfcc program output"
"$prefix/bin/pfcc" --showme -c x.c | grep -q -- "$prefix/include" ||
    fail "pfcc --showme include path"
echo "install: all good"
