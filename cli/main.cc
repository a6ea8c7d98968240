// kg: the command line. Everything but exception handling lives in cli/.
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "cli/cli.h"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  std::vector<std::string> args(argv + 1, argv + argc);
  try {
    return kg::cli::RunCli(args, std::cout, std::cerr, std::cin);
  } catch (const std::exception& e) {
    std::cout.flush();
    std::cerr << "kg: error: " << e.what() << "\n";
    return kg::cli::kExitUsage;
  }
}
