/// <reference types="lille-networks/typings/vue" />
