// A rules-layer source reaching up to the store's public API: must not compile.
#include "ruralguard/store.hpp"
