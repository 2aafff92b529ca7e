# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DIN=file -DOUT=file.gz -P Gzip.cmake: compresses as Debian wants documentation
# compressed, at the highest level and without a name or a time stamp in the header (gzip
# -9n), so that two builds of the same tree make the same package.
execute_process(COMMAND gzip -9n -c "${IN}" OUTPUT_FILE "${OUT}" RESULT_VARIABLE code)
if(NOT code EQUAL 0)
    message(FATAL_ERROR "gzip could not compress ${IN}")
endif()
