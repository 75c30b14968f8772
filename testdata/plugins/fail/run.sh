#!/bin/sh
cat >/dev/null
echo "failing on purpose" >&2
exit 3
