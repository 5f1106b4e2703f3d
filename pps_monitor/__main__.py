from pps_monitor.cli import main

raise SystemExit(main())
