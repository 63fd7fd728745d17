if __name__ == "__main__":
    # Nothing is imported at the top: llama.cpp's process (spawned) runs this module again, as
    # "__mp_main__". In a PyInstaller build the child re-enters this executable and
    # freeze_support() routes it to the worker.
    import multiprocessing

    multiprocessing.freeze_support()
    from app.launch import main

    raise SystemExit(main())
