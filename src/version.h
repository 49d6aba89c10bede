/* The version of the reference Node.js whose behaviour and goldens cnode matches. The one place
 * it is pinned: process.version, `cnode -v` and the compat goldens all follow it. */
#ifndef CN_VERSION_H
#define CN_VERSION_H

#define CN_NODE_VERSION "v22.23.3"

#endif
