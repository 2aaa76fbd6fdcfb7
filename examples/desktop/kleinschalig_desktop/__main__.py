from kleinschalig_desktop.app import main

main()
