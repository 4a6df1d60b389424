list(APPEND RG_SOURCES
  csv/csv_reader.cpp
  csv/codes.cpp
  csv/columns.cpp
  csv/row_context.cpp
  csv/rejects_writer.cpp
  csv/row_writers.cpp
  csv/synthetic_outputs.cpp)
