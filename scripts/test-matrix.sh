#!/usr/bin/env bash
# `make test-matrix`: the whole test suite (`make test`) on several QGIS releases, each in a Debian chroot.
#
#   RELEASES="bookworm trixie sid"  which Debian releases (QGIS 3.22, 3.40, 3.44); default all three
#   OPTIONAL_RELEASES="sid"         releases whose QGIS may be uninstallable on a given day: reported,
#                                   not counted as a failure
#   MIRROR=http://...               Debian mirror; default: the one this machine's apt uses
#   MATRIX_TREE=HEAD                test the last commit (git archive) instead of the working tree,
#                                   whose uncommitted files would otherwise come along
#   MATRIX_COMMAND="..."            what runs in the checkout's copy instead of `make test`, to chase
#                                   one release's failure, e.g. "make setup && source
#                                   scripts/qgis-env.sh && .venv/bin/python -m pytest tests/test_docs.py"
#
# Chroots live in .build/chroots/<release> and are reused (debootstrap once; the venv inside is kept).
# Each run copies the checkout afresh (without .venv/.build/.git) and runs its own `make test`, so
# the README's set-up is what gets exercised. Needs root (debootstrap, chroot, mount).
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
RELEASES="${RELEASES:-bookworm trixie sid}"
OPTIONAL_RELEASES="${OPTIONAL_RELEASES-sid}"
CHROOTS="$ROOT/.build/chroots"
LOGS="$ROOT/.build/matrix"
INNER=/work/strikecheck
MATRIX_COMMAND="${MATRIX_COMMAND:-make test}"
mkdir -p "$CHROOTS" "$LOGS"

if [ "$(id -u)" != 0 ]; then
  echo "test-matrix: needs root (debootstrap, chroot and mount); run it with sudo" >&2
  exit 2
fi

host_mirror() {
  # The first Debian (not security) mirror in apt's sources: deb822 files first, then one-line ones.
  local uri
  uri=$(grep -hs '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{print $2}' \
    | grep -v -- '-security' | head -n1)
  if [ -z "$uri" ]; then
    uri=$(grep -hs '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list \
      | awk '{print $2}' | grep -v -- '-security' | grep -i debian | head -n1)
  fi
  echo "${uri:-http://deb.debian.org/debian}"
}
MIRROR="${MIRROR:-$(host_mirror)}"

leftover_mounts() {  # anything still mounted under the chroots (a killed run), deepest first
  awk -v pre="$CHROOTS/" 'index($2, pre) == 1 { print $2 }' /proc/mounts | sort -r
}
exec 9>"$CHROOTS/.lock"
if ! flock -n 9; then
  echo "test-matrix: another run is using $CHROOTS; wait for it" >&2
  exit 2
fi
if [ "${1:-}" = --unmount-only ]; then  # `make clean` calls this before deleting .build
  for m in $(leftover_mounts); do umount "$m" || umount -l "$m"; done
  exit 0
fi
for m in $(leftover_mounts); do umount "$m" 2>/dev/null || umount -l "$m"; done

# Everything mounted is recorded here and unmounted on any exit (failure, Ctrl-C included).
MOUNTED=()
unmount_all() {
  local i
  for ((i = ${#MOUNTED[@]} - 1; i >= 0; i--)); do
    umount "${MOUNTED[$i]}" 2>/dev/null || umount -l "${MOUNTED[$i]}" 2>/dev/null || true
  done
  MOUNTED=()
}
trap unmount_all EXIT
trap 'exit 130' INT TERM

bind() {  # bind SOURCE TARGET: mount once, remember for unmounting
  mkdir -p "$2"
  if ! mountpoint -q "$2"; then
    mount --bind "$1" "$2" && MOUNTED+=("$2")
  fi
}

ensure_chroot() {  # debootstrap a release once; a stamp marks a finished one
  local release=$1 dir=$CHROOTS/$1
  if [ -f "$dir/.strikecheck-debootstrap-done" ]; then return 0; fi
  echo "== $release: debootstrap from $MIRROR into $dir"
  if ! command -v debootstrap >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
  fi
  rm -rf --one-file-system "$dir"
  debootstrap --variant=minbase --include=make,ca-certificates "$release" "$dir" "$MIRROR" \
    >"$LOGS/$release.debootstrap.log" 2>&1 || {
    echo "debootstrap failed, see $LOGS/$release.debootstrap.log:"
    tail -n 5 "$LOGS/$release.debootstrap.log"
    return 1
  }
  touch "$dir/.strikecheck-debootstrap-done"
}

configure_chroot() {  # the host's network, pip and certificate settings, and the kernel file systems
  local dir=$1 release=$2
  cp /etc/resolv.conf "$dir/etc/resolv.conf"
  echo "deb $MIRROR $release main" >"$dir/etc/apt/sources.list"
  # A mirror frozen at a date (a snapshot) has expired Release files: apt inside must accept them
  # exactly when the host's apt does.
  apt-config dump 2>/dev/null | grep -E '^Acquire::Check-(Valid-Until|Date) ' \
    >"$dir/etc/apt/apt.conf.d/99strikecheck-host" || true
  [ -f /etc/pip.conf ] && cp /etc/pip.conf "$dir/etc/pip.conf"
  if [ -d /etc/xdg/pip ]; then mkdir -p "$dir/etc/xdg" && rm -rf "$dir/etc/xdg/pip" && cp -r /etc/xdg/pip "$dir/etc/xdg/pip"; fi
  mkdir -p "$dir/etc/ssl/certs" "$dir/usr/local/share/ca-certificates"
  cp /etc/ssl/certs/ca-certificates.crt "$dir/etc/ssl/certs/ca-certificates.crt"
  # Local CAs too, so a ca-certificates trigger rebuilding the bundle inside keeps them.
  cp /usr/local/share/ca-certificates/*.crt "$dir/usr/local/share/ca-certificates/" 2>/dev/null || true
  bind /proc "$dir/proc"
  bind /sys "$dir/sys"
  bind /dev "$dir/dev"
  bind /dev/pts "$dir/dev/pts"
  [ -d /dev/shm ] && bind /dev/shm "$dir/dev/shm"
}

snapshot_checkout() {  # one copy of the tree for every release of this run, taken at its start
  SNAPSHOT="$LOGS/checkout.tar"
  if [ "${MATRIX_TREE:-}" = HEAD ]; then
    git -C "$ROOT" archive --format=tar -o "$SNAPSHOT" HEAD
  else
    tar -C "$ROOT" -cf "$SNAPSHOT" --exclude=./.venv --exclude=./.build --exclude=./.git \
      --exclude=./output --exclude=./dist --exclude='__pycache__' --exclude=./.pytest_cache \
      --exclude=./.ruff_cache --exclude=./.qgis-settings .
  fi
}

copy_checkout() {  # a fresh copy of the snapshot; the venv built inside by an earlier run stays
  local dir=$1
  mkdir -p "$dir$INNER"
  find "$dir$INNER" -mindepth 1 -maxdepth 1 ! -name .venv -exec rm -rf {} +
  tar -C "$dir$INNER" -xf "$SNAPSHOT"
}

in_chroot() {  # in_chroot DIR COMMAND: a clean environment, as on a fresh machine
  local dir=$1
  shift
  chroot "$dir" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb DEBIAN_FRONTEND=noninteractive \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin /bin/bash -c "$*"
}

SUMMARY=()
STATUS=0
snapshot_checkout
for release in $RELEASES; do
  start=$(date +%s)
  dir=$CHROOTS/$release
  log=$LOGS/$release.log
  qgis="-"
  result=""
  optional=0
  case " $OPTIONAL_RELEASES " in *" $release "*) optional=1 ;; esac
  echo "== $release: $(date '+%H:%M:%S') start"
  if ! ensure_chroot "$release"; then
    result="ERROR: debootstrap failed"
  else
    configure_chroot "$dir" "$release"
    # Is QGIS installable in this release today? (sid goes through transitions.)
    if ! in_chroot "$dir" "apt-get update -qq && apt-get install -s -qq qgis python3-qgis >/dev/null" \
      >"$log" 2>&1; then
      reason=$(grep -E '^(E:| [a-z0-9].*: Depends)' "$log" | head -n 3 | tr '\n' ' ')
      result="UNAVAILABLE: QGIS cannot be installed in $release today: ${reason:-see $log}"
      [ $optional = 1 ] || STATUS=1
    else
      copy_checkout "$dir"
      in_chroot "$dir" "cd $INNER && $MATRIX_COMMAND" 2>&1 | tee -a "$log" | sed -u "s/^/[$release] /"
      rc=${PIPESTATUS[0]}
      qgis=$(in_chroot "$dir" "dpkg-query -W -f='\${Version}' qgis 2>/dev/null" || true)
      qgis=${qgis%%+*}
      counts=$(grep -E '^(=+ )?[0-9]+ .*(passed|failed|error).* in [0-9.]+s' "$log" | tail -n 1 \
        | sed -E 's/^=+ //; s/ in [0-9.]+s.*//')
      if [ "$rc" = 0 ]; then result="ok: ${counts:-?}"; else result="FAILED (exit $rc): ${counts:-no pytest summary, see $log}"; STATUS=1; fi
    fi
  fi
  unmount_all
  minutes=$(awk -v s=$(($(date +%s) - start)) 'BEGIN { printf "%.1f", s / 60 }')
  SUMMARY+=("$(printf '%-9s QGIS %-9s %6s min  %s' "$release" "${qgis:--}" "$minutes" "$result")")
  echo "== $release: done in $minutes min: $result"
done

echo
tree="working tree"
[ "${MATRIX_TREE:-}" = HEAD ] && tree="commit"
echo "test-matrix summary ($tree $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null); logs in .build/matrix/):"
printf '  %s\n' "${SUMMARY[@]}"
exit $STATUS
