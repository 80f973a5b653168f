# Build the Windows frozen app and its installer on a Windows machine (or the CI workflow
# packaging/windows-build.yml). Needs Python 3.11 (x64) and NSIS 3 (makensis on PATH or in
# "C:\Program Files (x86)\NSIS").
#   powershell -ExecutionPolicy Bypass -File packaging\build_windows.ps1
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
py -3.11 -m venv .venv-build
.\.venv-build\Scripts\python -m pip install -q --upgrade pip
.\.venv-build\Scripts\python -m pip install -q . -r packaging\requirements-build.txt
.\.venv-build\Scripts\python -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist `
    --workpath build\pyinstaller packaging\cii-desktop.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
# Smoke: the program starts and knows its version.
& dist\cii-desktop\cii-desktop.exe --version
if ($LASTEXITCODE -ne 0) { throw "frozen program does not start" }
$version = (& dist\cii-desktop\cii-desktop.exe --version).Split(" ")[1]
$makensis = (Get-Command makensis -ErrorAction SilentlyContinue).Source
if (-not $makensis) { $makensis = "C:\Program Files (x86)\NSIS\makensis.exe" }
& $makensis -V2 "-DVERSION=$version" "-DPAYLOAD=..\dist\cii-desktop" `
    "-DOUTFILE=..\dist\cii-desktop-$version-setup.exe" packaging\installer.nsi
if ($LASTEXITCODE -ne 0) { throw "makensis failed" }
Write-Output "built: dist\cii-desktop-$version-setup.exe"
