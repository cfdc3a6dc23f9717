#include "app/util/Clock.h"

namespace td {

const Clock *Clock::system()
{
    static const Clock clock; // stateless: reads the wall clock
    return &clock;
}

} // namespace td
