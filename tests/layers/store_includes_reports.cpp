// A store-layer source reaching up to the reports: must not compile.
#include "ruralguard/summary.hpp"
