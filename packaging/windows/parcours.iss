; Inno Setup 6 recipe for the Windows installer (per-user by default, no administrator rights needed).
; Not buildable on the Linux development machines: build on Windows with packaging\windows\build-windows.ps1,
; which runs PyInstaller first and then: iscc /DAppVersion=<version from pyproject.toml> packaging\windows\parcours.iss
; Written from the Inno Setup documentation (https://jrsoftware.org/ishelp/); see README "For developers".

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Parcours 1000 jours"
#define AppExe "parcours.exe"

[Setup]
; A fixed AppId lets a newer installer upgrade in place and keeps one uninstaller entry.
AppId={{110B8837-45DE-5350-8A66-C65E3EFD648C}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=L'équipe Parcours 1000 jours
DefaultDirName={autopf}\Parcours 1000 jours
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=parcours-{#AppVersion}-windows-setup
SetupIconFile=..\..\build\icons\parcours.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "arabic"; MessagesFile: "compiler:Languages\Arabic.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller one-folder bundle.
Source: "..\..\dist\parcours\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; The "start at login" entry the app may have added (HKCU\...\Run) is removed below; the family's data folder
; (%LOCALAPPDATA%\parcours) is deliberately kept: the app's settings offer "delete all data".

[Registry]
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: none; ValueName: "Parcours 1000 jours"; Flags: uninsdeletevalue dontcreatekey
