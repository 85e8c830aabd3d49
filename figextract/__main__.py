from figextract.cli import main

raise SystemExit(main())
