"""Every modal dialog of the app, one per module, each answering a dataclass through `dismiss`.

A dialog only collects what the toetser chose or typed; the screen that opened it does the work
(the store call, the navigation), so a cancelled dialog never touches the audit.
"""
