// The C ABI reaching up into the command-line tool: must not compile.
#include "cli/args.hpp"
