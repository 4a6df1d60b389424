#include <ruralguard/money.hpp>
int main() { return rg::Money::parse("1.5亿").units() == 1500000000000LL ? 0 : 1; }
