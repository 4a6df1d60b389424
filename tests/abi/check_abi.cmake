# Compares the built library's ABI with the committed baseline abi/libruralguard.abi.
# Any difference fails: a deliberate change updates the baseline in the same commit
# (./build.sh abi-update), so every ABI change is reviewed.
execute_process(
  COMMAND "${ABIDW}" --headers-dir "${HEADERS}" --drop-private-types --exported-interfaces-only
          --no-corpus-path --no-comp-dir-path --no-show-locs --type-id-style hash
          --out-file "${OUTPUT}" "${LIBRARY}"
  RESULT_VARIABLE dw_rc ERROR_VARIABLE dw_err)
if(NOT dw_rc EQUAL 0)
  message(FATAL_ERROR "abidw failed (${dw_rc}): ${dw_err}")
endif()
if(NOT EXISTS "${BASELINE}")
  message(FATAL_ERROR "no ABI baseline at ${BASELINE}; create it with ./build.sh abi-update")
endif()
execute_process(COMMAND "${ABIDIFF}" "${BASELINE}" "${OUTPUT}"
                RESULT_VARIABLE diff_rc OUTPUT_VARIABLE diff_out ERROR_VARIABLE diff_err)
if(NOT diff_rc EQUAL 0)
  message(FATAL_ERROR "ABI differs from the baseline (abidiff exit ${diff_rc}):\n${diff_out}${diff_err}\n"
                      "If the change is intended, run ./build.sh abi-update and commit abi/.")
endif()
message(STATUS "ABI matches ${BASELINE}")
