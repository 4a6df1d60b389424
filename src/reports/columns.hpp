// Private: helpers shared by the report writers.
#pragma once

#include <string>
#include <string_view>

#include "ruralguard/report.hpp"

namespace rg {

// Index of a column id in report_columns(), or report_columns().size() when unknown.
[[nodiscard]] std::size_t report_column_index(std::string_view id);

}  // namespace rg
