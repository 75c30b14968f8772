#!/bin/sh
# Changes a value, drops one document's file name, and adds a document naming the arguments.
sed -e 's/replicas: 2/replicas: 5/' -e '/postrender-filename: .*postrender\/templates\/svc.yaml/d'
printf -- '---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: added\ndata:\n  args: "%s"\n' "$*"
