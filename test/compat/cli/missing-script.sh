# A missing entry file is MODULE_NOT_FOUND with exit code 1.
"$NODE" ./does-not-exist.js; echo "exit $?"
"$NODE" /definitely/not/here.js; echo "exit $?"
