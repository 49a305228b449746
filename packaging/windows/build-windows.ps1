# Build the Windows installer. Run in PowerShell from the repository root on Windows 10/11 with
# Python 3.11+ and Inno Setup 6 (iscc.exe on PATH). Not runnable on the Linux development machines.
$ErrorActionPreference = "Stop"
python -m venv .venv-win
.\.venv-win\Scripts\python -m pip install -e ".[packaging]"
.\.venv-win\Scripts\python -m parcours_app.i18n_build
.\.venv-win\Scripts\python packaging\make_icons.py build\icons
.\.venv-win\Scripts\python -m PyInstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\pyinstaller\parcours.spec
$version = .\.venv-win\Scripts\python -c "import tomllib; print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])"
iscc "/DAppVersion=$version" packaging\windows\parcours.iss
Write-Host "Installer: dist\parcours-$version-windows-setup.exe"
