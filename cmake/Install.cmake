include(CMakePackageConfigHelpers)

install(TARGETS ruralguard ruralguard_static EXPORT ruralguardTargets
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY include/ruralguard DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})

set(RG_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/ruralguard)
install(EXPORT ruralguardTargets NAMESPACE ruralguard:: DESTINATION ${RG_CMAKE_DIR})
configure_package_config_file(cmake/ruralguardConfig.cmake.in
  "${PROJECT_BINARY_DIR}/ruralguardConfig.cmake" INSTALL_DESTINATION ${RG_CMAKE_DIR})
write_basic_package_version_file("${PROJECT_BINARY_DIR}/ruralguardConfigVersion.cmake"
  COMPATIBILITY SameMajorVersion)
install(FILES "${PROJECT_BINARY_DIR}/ruralguardConfig.cmake"
              "${PROJECT_BINARY_DIR}/ruralguardConfigVersion.cmake"
        DESTINATION ${RG_CMAKE_DIR})

# pkg-config file, relocatable: every path is relative to the .pc file's own directory.
file(RELATIVE_PATH RG_PC_PREFIX_REL "/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/")
configure_file(cmake/ruralguard.pc.in "${PROJECT_BINARY_DIR}/ruralguard.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/ruralguard.pc" DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
