#!/bin/sh
# install_test.sh - cmake --install pfor into a temporary prefix, then build
# small annotated programs against it from outside the source tree: with
# find_package(pfor) + pfor_target_sources in every CMake build type, with
# pkg-config (pfor.pc: the archive, with or without --static; pfor-shared:
# libpfor.so), and with the installed pfcc.
# Usage: install_test.sh <build-dir> <consumer-dir> <cc> [extra cc flags]
set -u
here=$(cd "$(dirname "$0")" && pwd)
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
         lib/libpfor.so lib/cmake/pfor/pforConfig.cmake \
         lib/cmake/pfor/pforTargets.cmake \
         lib/cmake/pfor/pfor_target_sources.cmake lib/pkgconfig/pfor.pc \
         lib/pkgconfig/pfor-shared.pc share/man/man1/pfcc.1 \
         share/man/man1/pforc.1; do
    [ -e "$prefix/$f" ] || fail "not installed: $f"
done
macros=OFF
"$prefix/bin/pforc" --help | grep -q -- --preprocessed && macros=ON

# Outside the source tree.
cp -r "$consumer" "$tmp/src"

# 1. CMake: find_package(pfor) and pfor_target_sources(), every build type.
for type in Debug Release RelWithDebInfo MinSizeRel; do
    b=$tmp/cb-$type
    cmake -S "$tmp/src" -B "$b" -DCMAKE_PREFIX_PATH="$prefix" \
        -DCMAKE_BUILD_TYPE=$type -DPFOR_TEST_MACROS=$macros \
        -DCMAKE_C_COMPILER="$cc" -DCMAKE_C_FLAGS="$extra" \
        -DCMAKE_EXE_LINKER_FLAGS="$extra" >"$tmp/cmake.log" 2>&1 ||
        { cat "$tmp/cmake.log"; fail "configure the consumer ($type)"; }
    cmake --build "$b" >"$tmp/build.log" 2>&1 ||
        { cat "$tmp/build.log"; fail "build the consumer ($type)"; }
    [ "$("$b/hello")" = "$expect" ] || fail "$type: program output"
    [ "$("$b/hello_serial")" = "$expect" ] || fail "$type: serial output"
    if [ -e "$prefix/lib/libpfor_mpi.a" ]; then
        [ -x "$b/hello_mpi" ] || fail "$type: no hello_mpi (pfor::pfor_mpi)"
        out=$(sh "$here/../mpi/mpirun.sh" 2 "$b/hello_mpi") ||
            fail "$type: hello_mpi under mpirun -np 2"
        [ "$out" = "$expect" ] || fail "$type: mpi output: $out"
    fi
    nd=ndebug
    [ $type = Debug ] && nd=assert
    [ "$("$b/flags")" = "45 42 199901 $nd" ] ||
        fail "$type: the translation saw other flags: $("$b/flags")"
    if [ $macros = ON ]; then
        [ "$(PFOR_ADAPT=0 "$b/macros")" = forked ] ||
            fail "$type: _Pragma in a macro did not fork"
    fi
done
# The translation is redone when the source or a header it includes
# changes, and only then.
b=$tmp/cb-Release
cmake --build "$b" >"$tmp/build2.log" 2>&1 || fail "rebuild"
grep -q "pforc hello.c" "$tmp/build2.log" && fail "pforc ran with nothing changed"
sleep 1
echo "/* touched */" >>"$tmp/src/hello.h"
cmake --build "$b" >"$tmp/build3.log" 2>&1 || fail "rebuild after hello.h"
grep -q "pforc hello.c" "$tmp/build3.log" || fail "no pforc step after hello.h changed"
grep -q "pforc flags.c" "$tmp/build3.log" && fail "pforc flags.c ran, it does not include hello.h"
sleep 1
echo "/* touched */" >>"$tmp/src/hello.c"
cmake --build "$b" >"$tmp/build4.log" 2>&1 || fail "rebuild after hello.c"
grep -q "pforc hello.c" "$tmp/build4.log" || fail "no pforc step after hello.c changed"

# 2. pkg-config and pforc by hand: pfor.pc links the archive (with or
# without --static), pfor-shared.pc links libpfor.so.
export PKG_CONFIG_PATH="$prefix/lib/pkgconfig"
pkg-config --exists pfor pfor-shared || fail "pkg-config does not find pfor"
"$prefix/bin/pforc" -o "$tmp/gen.c" "$tmp/src/hello.c" || fail "pforc"
for how in "--static pfor" "pfor" "pfor-shared"; do
    name=$(echo "$how" | tr -d ' -')
    # shellcheck disable=SC2046,SC2086
    $cc $extra -I"$tmp/src" $(pkg-config --cflags pfor) "$tmp/gen.c" \
        $(pkg-config --libs $how) -o "$tmp/hello_$name" ||
        fail "pkg-config --libs $how: build"
    [ "$("$tmp/hello_$name")" = "$expect" ] || fail "pkg-config --libs $how: output"
    needed=$(readelf -d "$tmp/hello_$name" | grep NEEDED)
    case $how in
    pfor-shared)
        echo "$needed" | grep -q 'libpfor\.so' ||
            fail "pkg-config --libs $how: no libpfor.so needed: $needed" ;;
    *)
        echo "$needed" | grep -q 'libpfor' &&
            fail "pkg-config --libs $how links libpfor.so: $needed"
        pkg-config --libs $how | grep -q 'libpfor\.a' ||
            fail "pkg-config --libs $how: $(pkg-config --libs $how)" ;;
    esac
done

# 3. The installed pfcc.
CC="$cc $extra" "$prefix/bin/pfcc" -O2 "$tmp/src/hello.c" -o "$tmp/hello_pfcc" ||
    fail "pfcc"
[ "$("$tmp/hello_pfcc")" = "$expect" ] || fail "pfcc program output"
"$prefix/bin/pfcc" --showme -c x.c | grep -q -- "$prefix/include" ||
    fail "pfcc --showme include path"
"$prefix/bin/pfcc" --showme:link | grep -q -- "$prefix/lib/libpfor.a" ||
    fail "pfcc --showme:link"
echo "install: all good (CMake in 4 build types, pkg-config static and shared, pfcc)"
