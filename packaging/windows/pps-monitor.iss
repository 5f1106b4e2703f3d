; Inno Setup script: a per-user installer of the one-folder bundle (no admin rights),
; with the .ppsmonitor file type. Built by packaging/ci/bundle.yml (not run here).
; Silent install: PPS-Monitor-Setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
#define AppVersion GetEnv("PPS_VERSION") == "" ? "0.1.0" : GetEnv("PPS_VERSION")

[Setup]
AppId=PPSMonitor
AppName=PPS Monitor
AppVersion={#AppVersion}
AppPublisher=PPS Monitor
DefaultDirName={localappdata}\Programs\PPS Monitor
DefaultGroupName=PPS Monitor
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputBaseFilename=PPS-Monitor-Setup
Compression=lzma2
SolidCompression=yes
ChangesAssociations=yes
DisableProgramGroupPage=yes

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\build\bundle\dist\pps-monitor\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{autoprograms}\PPS Monitor"; Filename: "{app}\pps-monitor.exe"

[Registry]
Root: HKA; Subkey: "Software\Classes\.ppsmonitor"; ValueType: string; ValueData: "PPSMonitor.Exchange"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\PPSMonitor.Exchange"; ValueType: string; ValueData: "PPS Monitor exchange file"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\PPSMonitor.Exchange\shell\open\command"; ValueType: string; ValueData: """{app}\pps-monitor.exe"" ""%1"""
