# Warnings are private to each target (style.md): call kiosk_warnings(<target>) on our own code.
function(kiosk_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                         -Wno-sign-conversion -Wnon-virtual-dtor -Wold-style-cast
                         -Wnull-dereference -Wimplicit-fallthrough)
endfunction()
