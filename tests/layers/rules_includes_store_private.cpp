// A rules-layer source reaching into the store's private state: must not compile.
#include "store/store_impl.hpp"
