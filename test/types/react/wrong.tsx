/** Must not compile: each element after a "wrong:" comment gives a value of the wrong type. */
import { LilleNetworks } from 'lille-networks/react';
import type {} from 'lille-networks/typings/react';

export const wrong = (
  <>
    {/* wrong: heading levels are 2 to 6 */}
    <lille-networks heading-level={7} />
    {/* wrong: data is a networks document, not its JSON text */}
    <lille-networks data='{"version":1,"networks":[]}' />
    {/* wrong: a toggle's detail says `expanded`, not `open` */}
    <lille-networks onlille-networks-toggle={(event) => event.detail.open} />
    {/* wrong: headingLevel is a number */}
    <LilleNetworks headingLevel="3" />
    {/* wrong: single is a boolean */}
    <LilleNetworks single="yes" />
    {/* wrong: onLoad receives a CustomEvent<LoadDetail>, whose detail has no id */}
    <LilleNetworks onLoad={(event) => event.detail.id} />
  </>
);
