# pfor_install.cmake - what the install adds besides the targets and the
# CMake package (compiler/CMakeLists.txt): pfor-shared.pc next to pfor.pc,
# and the man pages of pforc and pfcc.
configure_file(${PROJECT_SOURCE_DIR}/cmake/pfor-shared.pc.in
               ${PROJECT_BINARY_DIR}/pfor-shared.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/pfor-shared.pc DESTINATION lib/pkgconfig)
install(FILES ${PROJECT_SOURCE_DIR}/compiler/pforc.1
              ${PROJECT_SOURCE_DIR}/compiler/pfcc.1
        DESTINATION share/man/man1)
