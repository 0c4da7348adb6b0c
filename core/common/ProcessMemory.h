// This process's memory use, for benchmarks (Linux /proc; -1 elsewhere).
#pragma once

namespace vitae {

double residentMiB();      // VmRSS now
double peakResidentMiB();  // VmHWM since start or the last reset
void resetPeakResident();  // makes peakResidentMiB() measure from now on

} // namespace vitae
