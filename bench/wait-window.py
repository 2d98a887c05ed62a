#!/usr/bin/env python3
"""Waits, without polling, until a top-level window whose title contains NAME is mapped on $DISPLAY.

Usage: wait-window.py NAME [TIMEOUT_S]. Prints "listening" once it watches the screen (start the app after
that line), then the wall-clock time in nanoseconds at which the window was mapped, and exits 0; exits 1
after TIMEOUT_S (default 20) seconds without one.

Why not `xdotool search` in a loop: started every few milliseconds, it takes a good part of one of the two
cores from the app it is timing. This blocks in XNextEvent on the root window's MapNotify events instead.
Needs only Python 3 and libX11 (installed with GTK).
"""
import ctypes
import ctypes.util
import os
import select
import sys
import time

SUBSTRUCTURE_NOTIFY_MASK = 1 << 19
MAP_NOTIFY = 19

name = sys.argv[1].encode()
timeout_s = float(sys.argv[2]) if len(sys.argv) > 2 else 20.0

x = ctypes.cdll.LoadLibrary(ctypes.util.find_library("X11"))
x.XOpenDisplay.restype = ctypes.c_void_p
x.XOpenDisplay.argtypes = [ctypes.c_char_p]
x.XDefaultRootWindow.restype = ctypes.c_ulong
x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
x.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
x.XConnectionNumber.argtypes = [ctypes.c_void_p]
x.XPending.argtypes = [ctypes.c_void_p]
x.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
x.XFetchName.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(ctypes.c_char_p)]
x.XFlush.argtypes = [ctypes.c_void_p]

display = x.XOpenDisplay(None)
if not display:
    sys.exit("cannot open display " + os.environ.get("DISPLAY", "(unset)"))
root = x.XDefaultRootWindow(display)
x.XSelectInput(display, root, SUBSTRUCTURE_NOTIFY_MASK)
x.XFlush(display)
print("listening", flush=True)

event = (ctypes.c_long * 24)()  # XEvent is a union of 24 longs
deadline = time.monotonic() + timeout_s
fd = x.XConnectionNumber(display)
while True:
    while x.XPending(display):
        x.XNextEvent(display, event)
        mapped_at = time.time_ns()
        # XMapEvent on 64-bit: int type, unsigned long serial, Bool send_event, Display*, Window event,
        # Window window: the mapped window is the sixth long.
        if event[0] & 0xFFFFFFFF == MAP_NOTIFY:
            title = ctypes.c_char_p()
            if x.XFetchName(display, ctypes.c_ulong(event[5]), ctypes.byref(title)) and title.value \
                    and name in title.value:
                print(mapped_at, flush=True)
                sys.exit(0)
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        sys.exit(1)
    select.select([fd], [], [], remaining)
