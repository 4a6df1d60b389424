// Private: the subcommands of the `ruralguard` tool.
#pragma once

namespace rg::cli {

int run_demo(int argc, char** argv);
int run_version();

}  // namespace rg::cli
