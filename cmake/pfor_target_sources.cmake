# pfor_target_sources(<target> [BACKEND process|openmp|mpi|serial] <file.c>...):
# compile annotated C files into <target> the way pfcc does: each file is
# preprocessed with the target's own flags (include directories,
# definitions, options, the C standard, CMAKE_C_FLAGS and those of the
# build type), translated by pforc (`pfcc --translate`), and the result, a
# preprocessed C file in the build tree, is compiled into the target like
# any of its sources.  The target is linked with pfor::pfor (and OpenMP or
# MPI for those backends).  The translation is redone when the file, a
# header it includes, pforc or pfcc changes (a dependency file).
include_guard(GLOBAL)

# pfcc: in pfor's own tree it sits next to pforc in the build tree; an
# installed package (pforConfig.cmake) defines pfor::pfcc itself.
if(NOT TARGET pfor::pfcc AND TARGET pforc)
  add_executable(pfor::pfcc IMPORTED GLOBAL)
  set_target_properties(pfor::pfcc PROPERTIES
    IMPORTED_LOCATION ${CMAKE_RUNTIME_OUTPUT_DIRECTORY}/pfcc)
endif()

# The flags a C compile of <target> gets, as a list for a custom command
# (with COMMAND_EXPAND_LISTS), into ${out_var}.
function(_pfor_target_c_flags target out_var)
  set(t ${target})
  set(inc "$<TARGET_PROPERTY:${t},INCLUDE_DIRECTORIES>")
  set(def "$<TARGET_PROPERTY:${t},COMPILE_DEFINITIONS>")
  set(flags
    "$<$<BOOL:${inc}>:-I$<JOIN:${inc},$<SEMICOLON>-I>>"
    "$<$<BOOL:${def}>:-D$<JOIN:${def},$<SEMICOLON>-D>>"
    "$<TARGET_PROPERTY:${t},COMPILE_OPTIONS>")
  # The C standard: what CMake adds for C_STANDARD / C_EXTENSIONS.
  set(std "$<TARGET_PROPERTY:${t},C_STANDARD>")
  set(ext "$<TARGET_PROPERTY:${t},C_EXTENSIONS>")
  set(gnu "$<OR:$<STREQUAL:${ext},>,$<BOOL:${ext}>>")
  foreach(v 90 99 11 17 23)
    if(CMAKE_C${v}_STANDARD_COMPILE_OPTION)
      list(APPEND flags "$<$<STREQUAL:${std},${v}>:$<IF:${gnu},${CMAKE_C${v}_EXTENSION_COMPILE_OPTION},${CMAKE_C${v}_STANDARD_COMPILE_OPTION}>>")
    endif()
  endforeach()
  # Position-independent code defines __pic__ / __PIE__.
  set(type "$<TARGET_PROPERTY:${t},TYPE>")
  set(pic "$<OR:$<BOOL:$<TARGET_PROPERTY:${t},POSITION_INDEPENDENT_CODE>>,$<STREQUAL:${type},SHARED_LIBRARY>,$<STREQUAL:${type},MODULE_LIBRARY>>")
  if(CMAKE_C_COMPILE_OPTIONS_PIC)
    list(APPEND flags "$<${pic}:${CMAKE_C_COMPILE_OPTIONS_PIC}>")
  endif()
  if(CMAKE_SYSROOT)
    list(APPEND flags "--sysroot=${CMAKE_SYSROOT}")
  endif()
  # CMAKE_C_FLAGS and CMAKE_C_FLAGS_<CONFIG> (e.g. -O3 -DNDEBUG: NDEBUG
  # decides what assert() expands to).
  separate_arguments(common UNIX_COMMAND "${CMAKE_C_FLAGS}")
  list(APPEND flags ${common})
  foreach(config Debug Release RelWithDebInfo MinSizeRel)
    string(TOUPPER ${config} up)
    separate_arguments(cf UNIX_COMMAND "${CMAKE_C_FLAGS_${up}}")
    if(cf)
      list(JOIN cf "$<SEMICOLON>" cf)
      list(APPEND flags "$<$<CONFIG:${config}>:${cf}>")
    endif()
  endforeach()
  set(${out_var} ${flags} PARENT_SCOPE)
endfunction()

function(pfor_target_sources target)
  cmake_parse_arguments(PFTS "" "BACKEND" "" ${ARGN})
  if(NOT PFTS_BACKEND)
    set(PFTS_BACKEND process)
  endif()
  if(NOT PFTS_BACKEND MATCHES "^(process|openmp|mpi|serial)$")
    message(FATAL_ERROR "pfor_target_sources: unknown BACKEND "
                        "${PFTS_BACKEND} (expected process, openmp, mpi "
                        "or serial)")
  endif()
  if(NOT TARGET pfor::pforc OR NOT TARGET pfor::pfcc)
    message(FATAL_ERROR "pfor_target_sources: pfor::pforc or pfor::pfcc "
                        "not found (find_package(pfor) provides them)")
  endif()
  # In pfor's own tree pfor::pforc is an alias; DEPENDS names the real
  # target so that a new pforc redoes every translation.
  get_target_property(pforc pfor::pforc ALIASED_TARGET)
  if(NOT pforc)
    set(pforc pfor::pforc)
  endif()
  get_target_property(pfcc pfor::pfcc IMPORTED_LOCATION)

  if(PFTS_BACKEND STREQUAL "openmp")
    find_package(OpenMP REQUIRED COMPONENTS C)
    target_link_libraries(${target} PRIVATE OpenMP::OpenMP_C)
  elseif(PFTS_BACKEND STREQUAL "mpi")
    if(NOT TARGET pfor::pfor_mpi)
      message(FATAL_ERROR "pfor_target_sources: the mpi backend is not "
                          "built in this pfor (no pfor::pfor_mpi library)")
    endif()
    find_package(MPI REQUIRED COMPONENTS C)
    target_link_libraries(${target} PRIVATE pfor::pfor_mpi MPI::MPI_C)
  endif()
  target_link_libraries(${target} PRIVATE pfor::pfor)

  _pfor_target_c_flags(${target} flags)
  foreach(src IN LISTS PFTS_UNPARSED_ARGUMENTS)
    get_filename_component(abs ${src} ABSOLUTE)
    file(RELATIVE_PATH rel ${CMAKE_CURRENT_SOURCE_DIR} ${abs})
    string(REPLACE "../" "__/" rel "${rel}")
    set(out ${CMAKE_CURRENT_BINARY_DIR}/pfor_gen/${target}/${rel}.i)
    get_filename_component(outdir ${out} DIRECTORY)
    file(MAKE_DIRECTORY ${outdir})
    add_custom_command(OUTPUT ${out}
      COMMAND ${CMAKE_COMMAND} -E env CC=${CMAKE_C_COMPILER}
              ${pfcc} --backend=${PFTS_BACKEND} --translate ${flags}
              -MD -MF ${out}.d -MT ${out} ${abs} -o ${out}
      DEPENDS ${abs} ${pforc} ${pfcc}
      DEPFILE ${out}.d
      COMMENT "pforc ${rel}"
      COMMAND_EXPAND_LISTS
      VERBATIM)
    set_source_files_properties(${out} PROPERTIES LANGUAGE C GENERATED TRUE)
    target_sources(${target} PRIVATE ${out})
  endforeach()
endfunction()
