# pfor_target_sources(<target> [BACKEND process|serial] <file.c>...):
# run each annotated C file through pforc as a build step and compile the
# result into <target>, linked with pfor::pfor.  The generated file goes to
# the build tree; it is regenerated when its source or pforc changes, and
# the source's own directory stays on the include path for "..." includes.
function(pfor_target_sources target)
  cmake_parse_arguments(PFTS "" "BACKEND" "" ${ARGN})
  if(NOT PFTS_BACKEND)
    set(PFTS_BACKEND process)
  endif()
  if(NOT PFTS_BACKEND MATCHES "^(process|serial)$")
    message(FATAL_ERROR "pfor_target_sources: BACKEND ${PFTS_BACKEND} is not "
                        "available (use process or serial)")
  endif()
  if(TARGET pfor::pforc)
    # In pfor's own tree pfor::pforc is an alias; name the real target so
    # that DEPENDS tracks it.
    get_target_property(real pfor::pforc ALIASED_TARGET)
    if(real)
      set(pforc ${real})
    else()
      set(pforc pfor::pforc)
    endif()
  else()
    message(FATAL_ERROR "pfor_target_sources: pfor::pforc not found")
  endif()
  foreach(src IN LISTS PFTS_UNPARSED_ARGUMENTS)
    get_filename_component(abs ${src} ABSOLUTE)
    get_filename_component(dir ${abs} DIRECTORY)
    file(RELATIVE_PATH rel ${CMAKE_CURRENT_SOURCE_DIR} ${abs})
    string(REPLACE "../" "__/" rel "${rel}")
    set(out ${CMAKE_CURRENT_BINARY_DIR}/pfor_gen/${target}/${rel})
    get_filename_component(outdir ${out} DIRECTORY)
    add_custom_command(OUTPUT ${out}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${outdir}
      COMMAND ${pforc} --backend=${PFTS_BACKEND} -o ${out} ${abs}
      DEPENDS ${abs} ${pforc}
      COMMENT "pforc ${rel}"
      VERBATIM)
    target_sources(${target} PRIVATE ${out})
    set_property(SOURCE ${out} APPEND PROPERTY INCLUDE_DIRECTORIES ${dir})
  endforeach()
  target_link_libraries(${target} PRIVATE pfor::pfor)
endfunction()
